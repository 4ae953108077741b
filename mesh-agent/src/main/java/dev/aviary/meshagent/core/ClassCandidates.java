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
     * A class whose name starts with this is a candidate when it loads (if {@link #constants} is not empty, only
     * when its class file also holds one of them); {@code null}: no such rule.
     */
    final String namePrefix;
    /** Supertypes; a class loaded before the agent is a candidate when it extends or implements one. */
    final Set<String> superTypes;
    /** A loading class is a candidate when its constant pool holds one of these strings (e.g. a method descriptor). */
    final List<String> constants;

    private ClassCandidates(
            boolean everyClass, Set<String> names, String namePrefix, Set<String> superTypes, List<String> constants) {
        this.everyClass = everyClass;
        this.names = names;
        this.namePrefix = namePrefix;
        this.superTypes = superTypes;
        this.constants = constants;
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
     * {@code java.util.concurrent.}) whose class files hold one of {@code constants} (the advised method's name, say;
     * none given: every class loading there), and an already loaded class there when it is such a subtype.
     */
    public static ClassCandidates subtypesIn(String packagePrefix, String superType, String... constants) {
        return new ClassCandidates(
                false,
                Collections.<String>emptySet(),
                packagePrefix,
                Collections.singleton(superType),
                Arrays.asList(constants));
    }

    /**
     * Implementations of {@code superTypes} anywhere, recognised by a string their class files must contain, such
     * as the descriptor of the method the advice goes on ({@code (Ljakarta/servlet/ServletRequest;...)V}): a class
     * declaring that method has it in its constant pool.
     */
    public static ClassCandidates subtypesMentioning(List<String> superTypes, String... constants) {
        return new ClassCandidates(
                false,
                Collections.<String>emptySet(),
                null,
                new LinkedHashSet<String>(superTypes),
                Arrays.asList(constants));
    }
}
