package dev.aviary.meshagent.instrumentation.webflux;

import dev.aviary.meshagent.core.InstrumentationModule;
import dev.aviary.meshagent.core.TypeInstrumentation;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Requests entering a Spring WebFlux application (Spring 5.x – 7.x, {@code HttpWebHandlerAdapter}): the
 * request's lane is current while its handler chain is assembled and whenever the reactive processing it
 * returns is subscribed to or signalled through. Work that pipeline moves to other threads keeps the lane
 * through the {@code reactor} module (schedulers) and the {@code reactor-netty} module (Reactor Netty's event
 * loops, the HTTP client).
 */
public final class SpringWebFluxInstrumentationModule extends InstrumentationModule {

    private static final String REACTOR_HELPERS = "dev.aviary.meshagent.instrumentation.reactor.";

    public SpringWebFluxInstrumentationModule() {
        super("spring-webflux");
    }

    @Override
    public List<String> requiredClasses() {
        return Arrays.asList(
                "org.springframework.http.server.reactive.ServerHttpRequest", "reactor.core.CoreSubscriber");
    }

    @Override
    public List<String> helperClasses() {
        // By name: loading them here would need reactor-core in the agent's loader.
        return Arrays.asList(REACTOR_HELPERS + "LaneSubscriber", REACTOR_HELPERS + "LaneMono");
    }

    @Override
    public List<TypeInstrumentation> typeInstrumentations() {
        return Collections.<TypeInstrumentation>singletonList(new HttpWebHandlerAdapterInstrumentation());
    }
}
