package dev.aviary.meshagent.instrumentation.reactornetty;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import dev.aviary.meshagent.instrumentation.reactor.LaneSubscriber;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;
import reactor.core.CoreSubscriber;

/**
 * The two Reactor Netty publishers whose signals come from an event loop rather than from their subscriber:
 * {@code FluxReceive} (a connection's inbound data, on the server and the client) and the client's
 * {@code HttpClientConnect$MonoHttpConnect} (the response's connection, once its headers arrived). Their
 * subscriber is wrapped at {@code subscribe} with the lane current then, or else the lane of its Reactor
 * Context ({@link LaneSubscriber#forSource}); the client's wrapper also puts the lane into the Context of the
 * request, where {@link HttpClientOperationsInstrumentation} reads it. Baseline subscriptions stay unwrapped.
 */
final class EventLoopSourceInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named(
                "reactor.netty.channel.FluxReceive", "reactor.netty.http.client.HttpClientConnect$MonoHttpConnect");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return namedOneOf(
                "reactor.netty.channel.FluxReceive", "reactor.netty.http.client.HttpClientConnect$MonoHttpConnect");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named("subscribe").and(takesArguments(1)).and(takesArgument(0, named("reactor.core.CoreSubscriber"))),
                getClass().getName() + "$SubscribeAdvice");
    }

    static final class SubscribeAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(value = 0, readOnly = false) CoreSubscriber<?> actual) {
            actual = LaneSubscriber.forSource(actual);
        }
    }
}
