package dev.aviary.meshagent.instrumentation.grpc;

import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;

import dev.aviary.meshagent.bootstrap.CallLanes;
import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import io.grpc.Metadata;
import java.util.Locale;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * {@code ServerCallImpl}, the server's side of one call, is created with the call's inbound headers (its
 * third argument from 1.10 to 1.85): the lane they carry, or this instance's own, is remembered for the call
 * so that every later callback of its listener runs in it.
 */
final class ServerCallInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("io.grpc.internal.ServerCallImpl");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("io.grpc.internal.ServerCallImpl");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                isConstructor().and(takesArgument(2, named("io.grpc.Metadata"))),
                getClass().getName() + "$RememberLaneAdvice");
    }

    static final class RememberLaneAdvice {

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.This Object call, @Advice.Argument(2) Metadata headers) {
            if (headers != null) {
                Metadata.Key<String> key = Metadata.Key.of(
                        LaneContext.headerName().toLowerCase(Locale.ROOT), Metadata.ASCII_STRING_MARSHALLER);
                CallLanes.rememberInbound(call, headers.get(key));
            } else {
                CallLanes.rememberInbound(call, null);
            }
        }
    }
}
