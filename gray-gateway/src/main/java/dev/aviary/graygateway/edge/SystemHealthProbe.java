package dev.aviary.graygateway.edge;

import dev.aviary.graygateway.edge.SystemHealth.ServiceHealth;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Asks every service's {@code /actuator/health} in parallel, each bounded by the edge's health timeout. */
@Component
@ConditionalOnProperty(name = "aviary.edge.enabled", matchIfMissing = true)
class SystemHealthProbe {

    private final EdgeProperties edge;
    private final WebClient http;
    private final Clock clock;
    private final Environment environment;

    SystemHealthProbe(EdgeProperties edge, Clock clock, Environment environment) {
        this.edge = edge;
        this.http = WebClient.create();
        this.clock = clock;
        this.environment = environment;
    }

    Mono<SystemHealth> check() {
        // The edge answering this request is itself up; it leads the list.
        Mono<ServiceHealth> self = Mono.just(new ServiceHealth(
                environment.getProperty("spring.application.name", "gray-gateway"),
                "http://127.0.0.1:" + environment.getProperty("local.server.port", "8080"),
                "UP",
                0,
                null));
        Flux<ServiceHealth> services = Flux.fromIterable(edge.services().entrySet())
                .flatMapSequential(
                        service -> probe(service.getKey(), service.getValue().uri()));
        return self.concatWith(services).collectList().map(all -> SystemHealth.of(clock.instant(), all));
    }

    private Mono<ServiceHealth> probe(String name, URI uri) {
        long started = System.nanoTime();
        return http.get()
                .uri(uri.resolve("/actuator/health"))
                .exchangeToMono(response -> response.bodyToMono(Map.class)
                        .map(body -> String.valueOf(body.get("status")))
                        .defaultIfEmpty("UNKNOWN"))
                .timeout(edge.healthTimeout())
                .map(status -> new ServiceHealth(name, uri.toString(), status, elapsedMs(started), detailFor(status)))
                .onErrorResume(error -> Mono.just(
                        new ServiceHealth(name, uri.toString(), "DOWN", elapsedMs(started), describe(error))));
    }

    private static String detailFor(String status) {
        return "UP".equals(status) ? null : "the service reports " + status;
    }

    private String describe(Throwable error) {
        if (error instanceof java.util.concurrent.TimeoutException) {
            return "no answer within " + edge.healthTimeout().toMillis() + " ms";
        }
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "not reachable: " + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : " (" + root.getMessage() + ")");
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
