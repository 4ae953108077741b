package dev.aviary.meshagent.instrumentation.virtualthreads;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.aviary.meshagent.bootstrap.LaneRunnable;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * {@code Thread.ofVirtual()}'s builder: {@code unstarted(Runnable)} and {@code start(Runnable)} (which calls
 * {@code unstarted}; the wrapper is not wrapped twice). Its {@code factory()} is left alone.
 */
final class VirtualThreadBuilderInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("java.lang.ThreadBuilders$VirtualThreadBuilder");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("java.lang.ThreadBuilders$VirtualThreadBuilder");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                namedOneOf("unstarted", "start").and(takesArguments(Runnable.class)),
                getClass().getName() + "$HandOverAdvice");
    }

    static final class HandOverAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(value = 0, readOnly = false) Runnable task) {
            task = LaneRunnable.wrap(task);
        }
    }
}
