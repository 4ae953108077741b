package dev.aviary.meshagent.instrumentation.grpc;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.aviary.meshagent.bootstrap.CallLanes;
import dev.aviary.meshagent.bootstrap.LaneScope;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * {@code DelayedClientCall} (1.32+): a call started before its channel resolved its target (the first calls of
 * a new or idle channel) is buffered, and really started once the channel is ready, on the thread that made it
 * ready: in {@code setCall} (newer versions, through {@code internalStart}) or among the buffered steps that
 * {@code drainPendingCalls} replays (older ones, from 1.32). That thread's lane is whatever its task carried
 * (often the lane of the call that woke the channel up), so these run in the lane current when this call was
 * started, or in none.
 */
final class DelayedClientCallInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("io.grpc.internal.DelayedClientCall");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("io.grpc.internal.DelayedClientCall");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named("start").and(takesArguments(2)).and(takesArgument(1, named("io.grpc.Metadata"))),
                getClass().getName() + "$StartAdvice");
        transformer.applyAdvice(
                namedOneOf("setCall", "drainPendingCalls").and(takesArguments(1).or(takesArguments(0))),
                getClass().getName() + "$ReplayAdvice");
    }

    static final class StartAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object call) {
            CallLanes.rememberCurrent(call);
        }
    }

    static final class ReplayAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static LaneScope enter(@Advice.This Object call) {
            return CallLanes.attach(call);
        }

        @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
        static void exit(@Advice.Enter LaneScope scope) {
            if (scope != null) {
                scope.close();
            }
        }
    }
}
