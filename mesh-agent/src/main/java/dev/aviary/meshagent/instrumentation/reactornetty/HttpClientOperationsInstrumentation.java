package dev.aviary.meshagent.instrumentation.reactornetty;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import dev.aviary.meshagent.instrumentation.reactor.LaneSubscriber;
import io.netty.handler.codec.http.HttpHeaders;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;
import reactor.core.CoreSubscriber;
import reactor.netty.http.client.HttpClientRequest;

/**
 * {@code HttpClientOperations.redirectRequestConsumer(Consumer)}: the last call {@code HttpClientConnect}'s
 * {@code requestWithBody} makes on each request it prepares (the first, retries and redirects alike), after the
 * client's configured headers are in and before the application's send function runs (Reactor Netty 1.0 through
 * 1.3). The lane comes from the request's Reactor Context, which the subscription that made the request filled
 * ({@link EventLoopSourceInstrumentation}), never from the event loop that prepares it. A header the client was
 * configured with is kept, and one the send function sets (WebClient's request headers) replaces ours.
 */
final class HttpClientOperationsInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("reactor.netty.http.client.HttpClientOperations");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("reactor.netty.http.client.HttpClientOperations");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named("redirectRequestConsumer").and(takesArguments(1)),
                getClass().getName() + "$PreparedAdvice");
    }

    static final class PreparedAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object request) {
            String lane = LaneSubscriber.laneIn(((CoreSubscriber<?>) request).currentContext());
            if (lane != null) {
                HttpHeaders headers = ((HttpClientRequest) request).requestHeaders();
                String name = LaneContext.headerName();
                if (!headers.contains(name)) {
                    headers.set(name, lane);
                }
            }
        }
    }
}
