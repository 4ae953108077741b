package dev.aviary.graygateway.routing;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_SCHEME_PREFIX_ATTR;

import dev.aviary.graygateway.coloring.Coloring;
import dev.aviary.graygateway.traffic.CurrentTraffic;
import dev.aviary.registryclient.Endpoint;
import dev.aviary.registryclient.LaneDirectory;
import java.net.URI;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * Resolves {@code lb://SERVICE} route URIs by lane through the registry, and rewrites the request URL to the
 * chosen instance. It runs just before Spring Cloud Gateway's load-balancer filter, so that one (or the stand-in
 * that answers 404 when Spring Cloud LoadBalancer is absent) never sees an {@code lb} URI; no
 * {@code DiscoveryClient} is needed.
 */
final class LaneRoutingFilter implements GlobalFilter, Ordered {

    /** {@code ReactiveLoadBalancerClientFilter.LOAD_BALANCER_CLIENT_FILTER_ORDER} (10150) - 1. */
    static final int ORDER = 10150 - 1;

    private static final String LB = "lb";

    private final ServiceDirectories directories;
    private final LaneRouter router;
    private final CurrentTraffic current;

    LaneRoutingFilter(ServiceDirectories directories, LaneRouter router, CurrentTraffic current) {
        this.directories = directories;
        this.router = router;
        this.current = current;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        URI url = exchange.getAttribute(GATEWAY_REQUEST_URL_ATTR);
        String schemePrefix = exchange.getAttribute(GATEWAY_SCHEME_PREFIX_ATTR);
        if (url == null || !(LB.equals(url.getScheme()) || LB.equals(schemePrefix))) {
            return chain.filter(exchange);
        }
        String service = url.getHost();
        LaneDirectory directory = directories.watched(service);
        if (directory != null) {
            return route(exchange, chain, url, service, directory);
        }
        return directories
                .watch(service)
                .onErrorMap(
                        failed -> !(failed instanceof ErrorResponseException),
                        failed -> RoutingProblems.registryUnavailable(service, failed))
                .flatMap(watched -> route(exchange, chain, url, service, watched));
    }

    private Mono<Void> route(
            ServerWebExchange exchange, GatewayFilterChain chain, URI url, String service, LaneDirectory directory) {
        Endpoint endpoint;
        try {
            endpoint = router.choose(service, directory, Coloring.of(exchange).lane(), current.get());
        } catch (ErrorResponseException unavailable) {
            return Mono.error(unavailable);
        }
        ServerWebExchangeUtils.addOriginalRequestUrl(exchange, url);
        exchange.getAttributes().put(GATEWAY_REQUEST_URL_ATTR, instanceUrl(url, endpoint));
        return chain.filter(exchange);
    }

    /** The request URL with the instance's address; path and query stay as they were (already encoded). */
    private static URI instanceUrl(URI url, Endpoint endpoint) {
        String scheme = LB.equals(url.getScheme())
                ? ("true".equals(endpoint.metadata().get("secure")) ? "https" : "http")
                : url.getScheme();
        String host = endpoint.ip().indexOf(':') >= 0 ? "[" + endpoint.ip() + "]" : endpoint.ip();
        return UriComponentsBuilder.fromUri(url)
                .scheme(scheme)
                .host(host)
                .port(endpoint.port())
                .build(true)
                .toUri();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
