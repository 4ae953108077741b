package dev.aviary.meshagent.core;

import static net.bytebuddy.matcher.ElementMatchers.named;

import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Advice on the methods of one name of one class, described with plain strings: an extension jar
 * ({@code aviary.agent.extensions}) can use it without linking against the relocated Byte Buddy.
 */
public final class NamedMethodInstrumentation implements TypeInstrumentation {

    private final String typeName;
    private final String methodName;
    private final String adviceClassName;

    public NamedMethodInstrumentation(String typeName, String methodName, String adviceClassName) {
        this.typeName = typeName;
        this.methodName = methodName;
        this.adviceClassName = adviceClassName;
    }

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named(typeName);
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named(typeName);
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(named(methodName), adviceClassName);
    }
}
