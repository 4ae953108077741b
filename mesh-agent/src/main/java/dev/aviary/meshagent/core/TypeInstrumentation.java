package dev.aviary.meshagent.core;

import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/** The advice one instrumentation module applies to one type (or family of types). */
public interface TypeInstrumentation {

    /**
     * The classes {@link #typeMatcher()} may match, told cheaply (by name, or by a string in the class file); every
     * other class is passed over without being parsed. The default, every class, is correct but makes every class
     * the JVM loads go through Byte Buddy.
     */
    default ClassCandidates candidates() {
        return ClassCandidates.everyClass();
    }

    ElementMatcher<TypeDescription> typeMatcher();

    /** Names the advice class (a static nested class, referenced by name) for each group of methods. */
    void transform(TypeTransformer transformer);
}
