package dev.aviary.graygateway.login;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

/**
 * Who may call {@code /api/**} through the edge: a signed-in console session, or anyone presenting a
 * bearer token. The edge does not check the token: every service validates it (JWT or API token) and
 * answers 401 itself, so the edge needs to know no token format.
 */
final class SessionOrBearerToken implements ReactiveAuthorizationManager<AuthorizationContext> {

    private static final String BEARER = "Bearer ";

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        if (carriesBearerToken(context.getExchange().getRequest())) {
            return Mono.just(new AuthorizationDecision(true));
        }
        return authentication
                .map(signedIn -> signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken))
                .defaultIfEmpty(false)
                .map(AuthorizationDecision::new);
    }

    static boolean carriesBearerToken(ServerHttpRequest request) {
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return authorization != null
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && !authorization.substring(BEARER.length()).isBlank();
    }
}
