package dev.aviary.meshagent.instrumentation.virtualthreads;

import static net.bytebuddy.matcher.ElementMatchers.isPrivate;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.aviary.meshagent.bootstrap.LaneRunnable;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * {@code java.util.concurrent.ThreadPerTaskExecutor} (behind {@code Executors.newVirtualThreadPerTaskExecutor()}
 * and {@code newThreadPerTaskExecutor(factory)}): {@code execute}, {@code submit}, {@code invokeAll} and
 * {@code invokeAny} all create the task's own thread in its private {@code newThread(Runnable)}, on the caller's
 * thread, so the task is wrapped there, before the factory sees it. The thread runs that one task only, so the
 * lane cannot outlive it, whatever the factory.
 */
final class ThreadPerTaskExecutorInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("java.util.concurrent.ThreadPerTaskExecutor");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("java.util.concurrent.ThreadPerTaskExecutor");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named("newThread").and(isPrivate()).and(takesArguments(Runnable.class)),
                getClass().getName() + "$HandOverAdvice");
    }

    static final class HandOverAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(value = 0, readOnly = false) Runnable task) {
            task = LaneRunnable.wrap(task);
        }
    }
}
