package dev.aviary.meshagent.instrumentation.grpc;

import static net.bytebuddy.matcher.ElementMatchers.named;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.bootstrap.LaneScope;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import io.grpc.Metadata;
import java.util.Locale;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * The server's {@code startWrappedCall}, once per inbound call on the call's executor: it creates the
 * {@code ServerCallImpl} and runs the application's server interceptors and the handler's {@code startCall},
 * which run in the call's lane. This is the call's entry into the JVM, so it is counted here. Its arguments
 * changed between versions (1.30: method definition, stream, headers, context, tag; 1.85: a parameter object
 * and the headers), so the advice looks for the headers among them.
 */
final class ServerCallStartInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("io.grpc.internal.ServerImpl$ServerTransportListenerImpl");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("io.grpc.internal.ServerImpl$ServerTransportListenerImpl");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(named("startWrappedCall"), getClass().getName() + "$StartCallAdvice");
    }

    static final class StartCallAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static LaneScope enter(@Advice.AllArguments Object[] arguments) {
            for (Object argument : arguments) {
                if (argument instanceof Metadata) {
                    Metadata.Key<String> key = Metadata.Key.of(
                            LaneContext.headerName().toLowerCase(Locale.ROOT), Metadata.ASCII_STRING_MARSHALLER);
                    return LaneContext.enterRequest(((Metadata) argument).get(key));
                }
            }
            return null;
        }

        @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
        static void exit(@Advice.Enter LaneScope scope) {
            if (scope != null) {
                scope.close();
            }
        }
    }
}
