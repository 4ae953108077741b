package dev.aviary.meshagent.instrumentation.webflux;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.bootstrap.LaneScope;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import dev.aviary.meshagent.instrumentation.reactor.LaneMono;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;
import org.springframework.http.server.reactive.ServerHttpRequest;
import reactor.core.publisher.Mono;

/**
 * {@code HttpWebHandlerAdapter.handle(ServerHttpRequest, ServerHttpResponse)}: where every WebFlux request
 * enters the application (router functions and annotated controllers alike, on Reactor Netty and on the other
 * servers), behind {@code ReactorHttpHandlerAdapter} and its siblings. {@code handle} only assembles the
 * pipeline; the server subscribes to the {@code Mono} it returns afterwards, on an event loop. So the lane is
 * current during {@code handle}, and the returned {@code Mono} is wrapped so that the subscription and every
 * signal through it carry the lane too, and its Reactor Context holds it for what runs elsewhere.
 */
final class HttpWebHandlerAdapterInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("org.springframework.web.server.adapter.HttpWebHandlerAdapter");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("org.springframework.web.server.adapter.HttpWebHandlerAdapter");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named("handle")
                        .and(takesArguments(2))
                        .and(takesArgument(0, named("org.springframework.http.server.reactive.ServerHttpRequest"))),
                getClass().getName() + "$HandleAdvice");
    }

    static final class HandleAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static LaneScope enter(@Advice.Argument(0) ServerHttpRequest request) {
            // An inbound label beats this instance's own lane (enterRequest); none or a malformed one: our own.
            return LaneContext.enterRequest(request.getHeaders().getFirst(LaneContext.headerName()));
        }

        @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
        static void exit(@Advice.Enter LaneScope scope, @Advice.Return(readOnly = false) Mono<Void> handled) {
            if (scope != null) {
                String lane = LaneContext.current();
                scope.close();
                handled = LaneMono.of(handled, lane);
            }
        }
    }
}
