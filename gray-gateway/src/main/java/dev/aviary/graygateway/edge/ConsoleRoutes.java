package dev.aviary.graygateway.edge;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The console is a single-page app: a browser that asks for one of its client-side routes
 * (say {@code /pipelines} after a reload) gets {@code index.html}, and the app's router takes over.
 */
@Component
@Order(-100)
@ConditionalOnProperty(name = "aviary.edge.enabled", matchIfMissing = true)
class ConsoleRoutes implements WebFilter {

    /** Answered by the server even for a browser; {@code /internal/} is never served, not even the console. */
    private static final List<String> SERVER_PATHS = List.of(
            "/api/",
            "/actuator",
            "/v3/",
            "/swagger-ui",
            "/webjars/",
            "/assets/",
            "/oauth2/",
            "/login/",
            "/logout",
            "/internal/");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (isConsoleRoute(exchange)) {
            var toIndex = exchange.getRequest().mutate().path("/index.html").build();
            return chain.filter(exchange.mutate().request(toIndex).build());
        }
        return chain.filter(exchange);
    }

    private static boolean isConsoleRoute(ServerWebExchange exchange) {
        var request = exchange.getRequest();
        String path = request.getPath().pathWithinApplication().value();
        if (!HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod())) {
            return false;
        }
        if (path.equals("/")) {
            return true;
        }
        if (SERVER_PATHS.stream().anyMatch(path::startsWith)) {
            return false;
        }
        boolean looksLikeFile = path.substring(path.lastIndexOf('/') + 1).contains(".");
        boolean wantsHtml = request.getHeaders().getAccept().stream().anyMatch(MediaType.TEXT_HTML::isCompatibleWith);
        return !looksLikeFile && wantsHtml;
    }
}
