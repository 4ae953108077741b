package dev.aviary.graygateway.edge;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The console's build puts a content hash in every file name under {@code /assets/}, so browsers may
 * keep those for a year; {@code index.html} and the client-side routes are revalidated every time so
 * a new build is picked up at once. API responses keep the services' own headers.
 */
@Component
@ConditionalOnProperty(name = "aviary.edge.enabled", matchIfMissing = true)
class ConsoleCaching implements WebFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (path.startsWith("/assets/")) {
            exchange.getResponse().getHeaders().set(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
        } else if (!path.startsWith("/api/") && !path.startsWith("/actuator")) {
            exchange.getResponse().getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
        return chain.filter(exchange);
    }
}
