package dev.aviary.meshagent.core;

import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

/** Collects the advice of a {@link TypeInstrumentation}. */
public interface TypeTransformer {

    /**
     * Inlines the advice class named {@code adviceClassName} (loaded from the agent's class loader, never
     * from the application's) into the matched methods.
     */
    void applyAdvice(ElementMatcher<? super MethodDescription> methods, String adviceClassName);
}
