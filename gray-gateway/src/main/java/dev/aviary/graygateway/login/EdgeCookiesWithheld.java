package dev.aviary.graygateway.login;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The edge's own cookies stay at the edge: a service gets the relayed bearer token, never the session
 * cookie it could replay against the edge, nor the CSRF token. The browser's other cookies pass.
 */
final class EdgeCookiesWithheld implements GlobalFilter, Ordered {

    static final String SESSION_COOKIE = "SESSION";
    static final String CSRF_COOKIE = "XSRF-TOKEN";

    private static final Set<String> EDGE_COOKIES = Set.of(SESSION_COOKIE, CSRF_COOKIE);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        List<String> cookieHeaders = exchange.getRequest().getHeaders().get(HttpHeaders.COOKIE);
        if (cookieHeaders == null || cookieHeaders.isEmpty()) {
            return chain.filter(exchange);
        }
        String kept = withoutEdgeCookies(cookieHeaders);
        var request = exchange.getRequest()
                .mutate()
                .headers(headers -> {
                    if (kept.isEmpty()) {
                        headers.remove(HttpHeaders.COOKIE);
                    } else {
                        headers.set(HttpHeaders.COOKIE, kept);
                    }
                })
                .build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    /** The {@code Cookie} header(s) as one header without the edge's cookies; empty when none is left. */
    static String withoutEdgeCookies(List<String> cookieHeaders) {
        return cookieHeaders.stream()
                .flatMap(header -> Arrays.stream(header.split(";")))
                .map(String::trim)
                .filter(pair -> !pair.isEmpty() && !EDGE_COOKIES.contains(name(pair)))
                .collect(Collectors.joining("; "));
    }

    private static String name(String pair) {
        int equals = pair.indexOf('=');
        return (equals < 0 ? pair : pair.substring(0, equals)).trim();
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
