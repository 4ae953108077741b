package dev.aviary.meshagent.core;

import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/** The advice one instrumentation module applies to one type (or family of types). */
public interface TypeInstrumentation {

    ElementMatcher<TypeDescription> typeMatcher();

    /** Names the advice class (a static nested class, referenced by name) for each group of methods. */
    void transform(TypeTransformer transformer);
}
