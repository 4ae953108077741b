package dev.aviary.meshagent.instrumentation.executors;

import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.aviary.meshagent.bootstrap.LaneScope;
import dev.aviary.meshagent.bootstrap.TaskLanes;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * The JDK's implementations of {@code ForkJoinTask.exec()} ({@code RecursiveTask}, {@code RecursiveAction}
 * and {@code CountedCompleter} declare it final, so application subclasses are covered too): run with the
 * lane captured at fork or submission, restore the worker's own afterwards.
 */
final class ForkJoinTaskExecInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.subtypesIn("java.util.concurrent.", "java.util.concurrent.ForkJoinTask", "exec");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return nameStartsWith("java.util.concurrent.").and(hasSuperType(named("java.util.concurrent.ForkJoinTask")));
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named("exec").and(takesArguments(0)).and(not(isAbstract())),
                getClass().getName() + "$ExecAdvice");
    }

    static final class ExecAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static LaneScope enter(@Advice.This Object task) {
            return TaskLanes.attachCaptured(task);
        }

        @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
        static void exit(@Advice.Enter LaneScope scope) {
            if (scope != null) {
                scope.close();
            }
        }
    }
}
