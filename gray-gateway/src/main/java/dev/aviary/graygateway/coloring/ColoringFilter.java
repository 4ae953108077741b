package dev.aviary.graygateway.coloring;

import dev.aviary.graygateway.traffic.CurrentTraffic;
import dev.aviary.trafficpolicy.LaneDecision;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Colors every routed request before anything else looks at it: a lane the client asks for counts only with a
 * valid lane token (then the policy is skipped); otherwise the policy in force decides. The lane header a
 * service receives is the gateway's, the token header never reaches a service.
 */
final class ColoringFilter implements GlobalFilter, Ordered {

    /** Early: after the metrics filter, before anything that routes or relays. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    private static final Logger log = LoggerFactory.getLogger(ColoringFilter.class);
    private static final Pattern LANE_NAME = Pattern.compile("^[a-z][a-z0-9-]{0,39}$");

    private final String laneHeader;
    private final String tokenHeader;
    private final CurrentTraffic current;
    private final LaneTokens tokens;
    private final ClientAddresses clientAddresses;

    ColoringFilter(
            String laneHeader,
            String tokenHeader,
            CurrentTraffic current,
            LaneTokens tokens,
            ClientAddresses clientAddresses) {
        this.laneHeader = laneHeader;
        this.tokenHeader = tokenHeader;
        this.current = current;
        this.tokens = tokens;
        this.clientAddresses = clientAddresses;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        String asked = headers.getFirst(laneHeader);
        String token = headers.getFirst(tokenHeader);
        if (asked != null && token != null && LANE_NAME.matcher(asked).matches()) {
            return tokens.pins(token, asked)
                    .flatMap(pinned -> pinned
                            ? forward(exchange, chain, new Coloring(asked, null, true))
                            : forward(exchange, chain, byPolicy(exchange)));
        }
        return forward(exchange, chain, byPolicy(exchange));
    }

    private Coloring byPolicy(ServerWebExchange exchange) {
        LaneDecision decision;
        try {
            decision = current.get().policy().evaluate(new ExchangeRequestView(exchange.getRequest(), clientAddresses));
        } catch (RuntimeException failed) {
            log.warn("policy evaluation failed, the request goes to the baseline: {}", failed.toString());
            return Coloring.BASELINE;
        }
        return decision.isBaseline() ? Coloring.BASELINE : new Coloring(decision.lane(), decision.rule(), false);
    }

    private Mono<Void> forward(ServerWebExchange exchange, GatewayFilterChain chain, Coloring coloring) {
        exchange.getAttributes().put(Coloring.ATTRIBUTE, coloring);
        HttpHeaders headers = exchange.getRequest().getHeaders();
        boolean clientSent = headers.containsHeader(laneHeader) || headers.containsHeader(tokenHeader);
        if (!clientSent && coloring.isBaseline()) {
            return chain.filter(exchange);
        }
        var request = exchange.getRequest()
                .mutate()
                .headers(proxied -> {
                    proxied.remove(laneHeader);
                    proxied.remove(tokenHeader);
                    if (!coloring.isBaseline()) {
                        proxied.set(laneHeader, coloring.lane());
                    }
                })
                .build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
