package dev.aviary.meshagent.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which classes a {@link TypeInstrumentation} might change, told by the class's name or by its class file's
 * constant pool alone, so that the agent can pass over every other class without parsing it (most classes a
 * JVM loads are none of the agent's business). Byte Buddy's {@link TypeInstrumentation#typeMatcher()} still
 * decides for the candidates; a candidate the matcher refuses costs one parse, a class wrongly left out is
 * never instrumented, so a description must include every class its matcher can match.
 */
public final class ClassCandidates {

    private static final ClassCandidates EVERY_CLASS = new ClassCandidates(
            true,
            Collections.<String>emptySet(),
            null,
            Collections.<String>emptySet(),
            Collections.<String>emptyList());

    final boolean everyClass;
    /** Binary names ({@code java.util.concurrent.ThreadPoolExecutor}, nested with {@code $}). */
    final Set<String> names;
    /**
     * A class whose name starts with this is a candidate when it loads (if {@link #declaredMethods} is not empty,
     * only when it also declares one of them); {@code null}: no such rule.
     */
    final String namePrefix;
    /** Supertypes; a class loaded before the agent is a candidate when it extends or implements one. */
    final Set<String> superTypes;
    /**
     * A loading class is a candidate when it declares a method with code (not abstract, not native) whose name or
     * descriptor is one of these; advice only ever changes a class's own methods with code.
     */
    final List<String> declaredMethods;

    private ClassCandidates(
            boolean everyClass,
            Set<String> names,
            String namePrefix,
            Set<String> superTypes,
            List<String> declaredMethods) {
        this.everyClass = everyClass;
        this.names = names;
        this.namePrefix = namePrefix;
        this.superTypes = superTypes;
        this.declaredMethods = declaredMethods;
    }

    /** Every class: what an instrumentation that says nothing gets (correct, but every class is parsed). */
    public static ClassCandidates everyClass() {
        return EVERY_CLASS;
    }

    /** Exactly these classes (binary names). */
    public static ClassCandidates named(String... names) {
        return new ClassCandidates(
                false,
                new LinkedHashSet<String>(Arrays.asList(names)),
                null,
                Collections.<String>emptySet(),
                Collections.<String>emptyList());
    }

    /**
     * Subclasses of {@code superType} (or the type itself) in the package tree {@code packagePrefix} (e.g. the JDK's
     * {@code java.util.concurrent.}) that declare a method with code named or described by one of
     * {@code methodNamesOrDescriptors} (none given: every class loading there), and an already loaded class there when
     * it is such a subtype.
     */
    public static ClassCandidates subtypesIn(
            String packagePrefix, String superType, String... methodNamesOrDescriptors) {
        return new ClassCandidates(
                false,
                Collections.<String>emptySet(),
                packagePrefix,
                Collections.singleton(superType),
                Arrays.asList(methodNamesOrDescriptors));
    }

    /**
     * Implementations of {@code superTypes} anywhere that declare a method with code named or described by one of
     * {@code methodNamesOrDescriptors}, such as the descriptor of the method the advice goes on
     * ({@code (Ljakarta/servlet/ServletRequest;...)V}), told from the class file's constant pool and method headers.
     */
    public static ClassCandidates subtypesDeclaring(List<String> superTypes, String... methodNamesOrDescriptors) {
        return new ClassCandidates(
                false,
                Collections.<String>emptySet(),
                null,
                new LinkedHashSet<String>(superTypes),
                Arrays.asList(methodNamesOrDescriptors));
    }
}
