package dev.aviary.meshagent.instrumentation.executors;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;

import dev.aviary.meshagent.bootstrap.LaneCallable;
import dev.aviary.meshagent.bootstrap.LaneRunnable;
import dev.aviary.meshagent.bootstrap.TaskLanes;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinTask;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Tasks handed to a {@code ForkJoinPool} from outside: plain runnables and callables are wrapped; fork/join
 * tasks (which the pool queues as they are) get their lane captured for {@link
 * ForkJoinTaskExecInstrumentation} to attach.
 */
final class ForkJoinPoolInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("java.util.concurrent.ForkJoinPool");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("java.util.concurrent.ForkJoinPool");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        ElementMatcher.Junction<net.bytebuddy.description.method.MethodDescription> submission =
                namedOneOf("execute", "submit", "invoke");
        transformer.applyAdvice(
                submission.and(takesArgument(0, ForkJoinTask.class)), getClass().getName() + "$TaskAdvice");
        transformer.applyAdvice(
                submission.and(takesArgument(0, Runnable.class)), getClass().getName() + "$RunnableAdvice");
        transformer.applyAdvice(
                submission.and(takesArgument(0, Callable.class)), getClass().getName() + "$CallableAdvice");
    }

    static final class TaskAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(0) ForkJoinTask<?> task) {
            TaskLanes.capture(task);
        }
    }

    static final class RunnableAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(value = 0, readOnly = false) Runnable task) {
            if (task instanceof ForkJoinTask) {
                TaskLanes.capture(task); // queued as is (CompletableFuture's async tasks are such)
            } else {
                task = LaneRunnable.wrap(task);
            }
        }
    }

    static final class CallableAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(value = 0, readOnly = false) Callable<?> task) {
            task = LaneCallable.wrap(task);
        }
    }
}
