package dev.aviary.meshagent.instrumentation.apachehttpclient.v4;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;
import org.apache.http.client.methods.HttpRequestWrapper;

/**
 * {@code httpasyncclient} 4.1: {@code AbstractClientExchangeHandler.setCurrentRequest}. An exchange sets its
 * first request on the thread that calls {@code execute}, where the caller's lane is current, as a wrapper
 * the client made for this exchange (never the application's object); that wrapper is what an I/O dispatcher
 * thread writes later, retries included. Later requests of the exchange (redirects, authentication rounds,
 * a proxy's {@code CONNECT}) are set on the I/O thread, where no lane is current, so they go unlabelled.
 */
final class AsyncExchangeHandlerInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("org.apache.http.impl.nio.client.AbstractClientExchangeHandler");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("org.apache.http.impl.nio.client.AbstractClientExchangeHandler");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named("setCurrentRequest").and(takesArguments(1)), getClass().getName() + "$SetRequestAdvice");
    }

    static final class SetRequestAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(0) HttpRequestWrapper request) {
            String lane = LaneContext.current();
            String header = LaneContext.headerName();
            if (lane != null && request != null && !request.containsHeader(header)) {
                request.addHeader(header, lane);
            }
        }
    }
}
