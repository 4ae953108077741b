package dev.aviary.graygateway.login;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Which requests must prove they come from the console: state-changing ones that do not bring their own
 * {@code Authorization} header. A browser attaches the session cookie to a forged cross-site request, but
 * cannot add an {@code Authorization} header to one without a CORS preflight, which the edge never grants;
 * scripts with API tokens hold no cookie to forge with.
 */
final class CsrfRequirement implements ServerWebExchangeMatcher {

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        if (exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
            return MatchResult.notMatch();
        }
        return CsrfWebFilter.DEFAULT_CSRF_MATCHER.matches(exchange);
    }
}
