package dev.aviary.meshagent.instrumentation.executors;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.aviary.meshagent.bootstrap.TaskLanes;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * {@code ForkJoinTask.fork()}: the subtasks of a parallel stream or a recursive task are forked by a thread
 * that runs with the lane (the caller, or a worker running an earlier subtask) and capture it.
 */
final class ForkJoinTaskForkInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("java.util.concurrent.ForkJoinTask");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("java.util.concurrent.ForkJoinTask");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(named("fork").and(takesArguments(0)), getClass().getName() + "$ForkAdvice");
    }

    static final class ForkAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object task) {
            TaskLanes.capture(task);
        }
    }
}
