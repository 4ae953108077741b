package dev.aviary.meshagent.instrumentation.servlet.jakarta;

import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/** Hooks every `jakarta.servlet.Filter`'s `doFilter`: the first code of the application a request reaches. */
final class JakartaFilterInstrumentation implements TypeInstrumentation {

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return not(nameStartsWith("java."))
                .and(not(nameStartsWith("jdk.")))
                .and(not(nameStartsWith("sun.")))
                .and(not(isInterface()))
                .and(hasSuperType(named("jakarta.servlet.Filter")));
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named("doFilter")
                        .and(takesArguments(3))
                        .and(takesArgument(0, named("jakarta.servlet.ServletRequest")))
                        .and(not(isAbstract())),
                "dev.aviary.meshagent.instrumentation.servlet.jakarta.JakartaInboundAdvice");
    }
}
