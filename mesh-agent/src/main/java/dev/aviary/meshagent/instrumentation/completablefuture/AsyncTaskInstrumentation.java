package dev.aviary.meshagent.instrumentation.completablefuture;

import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
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
 * The task objects behind async stages ({@code AsyncSupply}, {@code AsyncRun}, and {@code Completion}, the
 * base of every dependent stage): the lane is captured when one is created and attached while it runs.
 * Every {@code Completion} captures, synchronous ones too: an async stage created on an already completed
 * future is built without its executor ({@code uniApplyNow} and friends), so the constructor cannot tell.
 */
final class AsyncTaskInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named(
                "java.util.concurrent.CompletableFuture$AsyncSupply",
                "java.util.concurrent.CompletableFuture$AsyncRun",
                "java.util.concurrent.CompletableFuture$Completion");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return namedOneOf(
                "java.util.concurrent.CompletableFuture$AsyncSupply",
                "java.util.concurrent.CompletableFuture$AsyncRun",
                "java.util.concurrent.CompletableFuture$Completion");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(isConstructor(), getClass().getName() + "$CreateAdvice");
        transformer.applyAdvice(
                namedOneOf("run", "exec").and(takesArguments(0)), getClass().getName() + "$RunAdvice");
    }

    static final class CreateAdvice {

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.This Object task) {
            TaskLanes.capture(task);
        }
    }

    static final class RunAdvice {

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
