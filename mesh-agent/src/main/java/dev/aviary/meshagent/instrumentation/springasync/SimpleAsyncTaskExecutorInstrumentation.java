package dev.aviary.meshagent.instrumentation.springasync;

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
 * {@code SimpleAsyncTaskExecutor.doExecute(Runnable)}: every {@code execute}/{@code submit*} of Spring 5.3 to 7.0
 * ends there on the caller's thread (after the task decorator and the concurrency throttle), just before the
 * task's own thread, platform or virtual, is created and started. The task is wrapped there, not at the thread
 * factory. A subclass that overrides {@code doExecute} without calling it is not covered.
 */
final class SimpleAsyncTaskExecutorInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("org.springframework.core.task.SimpleAsyncTaskExecutor");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("org.springframework.core.task.SimpleAsyncTaskExecutor");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named("doExecute").and(takesArguments(Runnable.class)),
                getClass().getName() + "$HandOverAdvice");
    }

    static final class HandOverAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(value = 0, readOnly = false) Runnable task) {
            task = LaneRunnable.wrap(task);
        }
    }
}
