package dev.aviary.meshagent.instrumentation.reactornetty;

import dev.aviary.meshagent.core.InstrumentationModule;
import dev.aviary.meshagent.core.TypeInstrumentation;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Reactor Netty 1.0 – 1.3 (reactor-netty-core and -http): its {@code HttpClient} (so Spring's WebClient on the
 * default connector) sends the lane of the subscription that made the request, and what Reactor Netty's event
 * loops emit (a connection's inbound data: request bodies on the server, responses and their bodies on the
 * client) reaches the subscriber with the lane it subscribed in. Not the lane of the event loop that happens
 * to write or read: event loops serve every lane.
 */
public final class ReactorNettyInstrumentationModule extends InstrumentationModule {

    public ReactorNettyInstrumentationModule() {
        super("reactor-netty");
    }

    @Override
    public List<String> requiredClasses() {
        return Arrays.asList("reactor.core.CoreSubscriber", "reactor.util.context.Context");
    }

    @Override
    public List<String> helperClasses() {
        // By name: loading it here would need reactor-core in the agent's loader.
        return Collections.singletonList("dev.aviary.meshagent.instrumentation.reactor.LaneSubscriber");
    }

    @Override
    public List<TypeInstrumentation> typeInstrumentations() {
        return Arrays.<TypeInstrumentation>asList(
                new EventLoopSourceInstrumentation(), new HttpClientOperationsInstrumentation());
    }
}
