package dev.aviary.meshagent.instrumentation.grpc;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;

import dev.aviary.meshagent.bootstrap.CallLanes;
import dev.aviary.meshagent.bootstrap.LaneScope;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * {@code ServerCallImpl$ServerStreamListenerImpl}: the stream events of one server call, each delivered to
 * the application's {@code ServerCall.Listener} ({@code onMessage}, {@code onHalfClose}, {@code onReady},
 * {@code onComplete} or {@code onCancel}, 1.8x's {@code onEvent}) on the call's executor, one at a time and
 * on whichever thread is free. Each runs in the call's lane and restores the thread's own afterwards;
 * {@code closed}, the last, also forgets the call.
 */
final class ServerListenerInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("io.grpc.internal.ServerCallImpl$ServerStreamListenerImpl");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("io.grpc.internal.ServerCallImpl$ServerStreamListenerImpl");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                namedOneOf("messagesAvailable", "messageRead", "halfClosed", "onReady", "triggerEvent"),
                getClass().getName() + "$CallbackAdvice");
        transformer.applyAdvice(named("closed"), getClass().getName() + "$ClosedAdvice");
    }

    static final class CallbackAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static LaneScope enter(@Advice.FieldValue("call") Object call) {
            return CallLanes.attach(call);
        }

        @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
        static void exit(@Advice.Enter LaneScope scope) {
            if (scope != null) {
                scope.close();
            }
        }
    }

    static final class ClosedAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static LaneScope enter(@Advice.FieldValue("call") Object call) {
            return CallLanes.attach(call);
        }

        @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
        static void exit(@Advice.Enter LaneScope scope, @Advice.FieldValue("call") Object call) {
            CallLanes.forget(call);
            if (scope != null) {
                scope.close();
            }
        }
    }
}
