package dev.aviary.graygateway.login;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a request carries its CSRF token: the {@code X-XSRF-TOKEN} header, or the {@code _csrf} form field
 * on requests the edge answers itself ({@code POST /logout} from a plain form). A proxied request's form is
 * never read: reading it would consume the body the service still has to receive. Tokens are compared
 * plain (not masked), since the console sends back the cookie's value as it is.
 */
final class CsrfTokenResolution extends ServerCsrfTokenRequestAttributeHandler {

    @Override
    public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken expected) {
        Mono<String> header =
                Mono.justOrEmpty(exchange.getRequest().getHeaders().getFirst(expected.getHeaderName()));
        if (isProxied(exchange)) {
            return header;
        }
        return header.switchIfEmpty(
                exchange.getFormData().mapNotNull(form -> form.getFirst(expected.getParameterName())));
    }

    private static boolean isProxied(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/api/");
    }
}
