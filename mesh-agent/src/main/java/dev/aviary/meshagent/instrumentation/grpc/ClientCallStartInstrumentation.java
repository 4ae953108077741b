package dev.aviary.meshagent.instrumentation.grpc;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

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
 * {@code ClientCallImpl.start(listener, headers)}: every call a {@code ManagedChannel} makes, on any
 * transport, is started here after the application's interceptors ran, so a label an interceptor (or the
 * stub's metadata) already put there is kept. It runs on the thread that started the call, so the lane
 * written is the one current then, never the one of a thread that later sends the messages; a call started
 * before the channel was ready is really started later, in the lane it was started in
 * ({@link DelayedClientCallInstrumentation}). Chosen over adding a {@code ClientInterceptor} at
 * {@code ManagedChannelBuilder.build()}: that needs a class of our own in the application's class loader,
 * which the agent does not inject, and the builders' interceptor lists differ between 1.30 and 1.85.
 */
final class ClientCallStartInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("io.grpc.internal.ClientCallImpl");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("io.grpc.internal.ClientCallImpl");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named("start").and(takesArguments(2)).and(takesArgument(1, named("io.grpc.Metadata"))),
                getClass().getName() + "$StartAdvice");
    }

    static final class StartAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(1) Metadata headers) {
            String lane = LaneContext.current();
            if (lane != null && headers != null) {
                // gRPC metadata keys are lower-case ASCII (they travel as HTTP/2 header names).
                Metadata.Key<String> key = Metadata.Key.of(
                        LaneContext.headerName().toLowerCase(Locale.ROOT), Metadata.ASCII_STRING_MARSHALLER);
                if (!headers.containsKey(key)) {
                    headers.put(key, lane);
                }
            }
        }
    }
}
