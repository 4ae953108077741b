package dev.aviary.graygateway.metrics;

import dev.aviary.graygateway.coloring.Coloring;
import java.net.ConnectException;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Times every routed request by route, lane and outcome. Errors the gateway answers itself (a 503 of lane
 * routing, an unreachable service) are counted with the status the problem handler will give them.
 */
final class RequestMetricsFilter implements GlobalFilter, Ordered {

    /** Outermost of the data plane's filters, so the whole proxied call is timed. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    /** nginx's "client closed request": the client went away before the answer. */
    private static final int CLIENT_CLOSED = 499;

    private final RequestMeters meters;

    RequestMetricsFilter(RequestMeters meters) {
        this.meters = meters;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        long start = System.nanoTime();
        return chain.filter(exchange)
                .doOnSuccess(done -> record(exchange, start, statusOf(exchange)))
                .doOnError(failed -> record(exchange, start, statusOf(failed)))
                .doOnCancel(() -> record(exchange, start, CLIENT_CLOSED));
    }

    private void record(ServerWebExchange exchange, long start, int status) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String routeId = route == null ? "unknown" : route.getId();
        meters.of(routeId, Coloring.of(exchange).laneTag()).record(System.nanoTime() - start, status);
    }

    private static int statusOf(ServerWebExchange exchange) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        return status == null ? 200 : status.value();
    }

    private static int statusOf(Throwable error) {
        if (error instanceof ErrorResponse response) {
            return response.getStatusCode().value();
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return 503;
            }
        }
        return 500;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
