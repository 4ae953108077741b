package dev.aviary.graygateway.login;

import java.net.URI;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Token relay: a request from a signed-in console session reaches the service with the session's access
 * token as {@code Authorization: Bearer}, refreshed first when it has expired. A request that brings its
 * own {@code Authorization} header is forwarded as it came.
 */
final class SessionTokenRelay implements GlobalFilter, Ordered {

    private final ReactiveOAuth2AuthorizedClientManager authorizedClients;

    SessionTokenRelay(ReactiveOAuth2AuthorizedClientManager authorizedClients) {
        this.authorizedClients = authorizedClients;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .filter(OAuth2AuthenticationToken.class::isInstance)
                .cast(OAuth2AuthenticationToken.class)
                .flatMap(signedIn -> accessToken(exchange, signedIn))
                .map(token -> withBearer(exchange, token))
                .defaultIfEmpty(exchange)
                .flatMap(chain::filter);
    }

    private Mono<OAuth2AccessToken> accessToken(ServerWebExchange exchange, OAuth2AuthenticationToken signedIn) {
        var request = OAuth2AuthorizeRequest.withClientRegistrationId(signedIn.getAuthorizedClientRegistrationId())
                .principal(signedIn)
                .attribute(ServerWebExchange.class.getName(), exchange)
                .build();
        return authorizedClients
                .authorize(request)
                .switchIfEmpty(Mono.error(() -> new SignInRequired(
                        signedIn.getName() + " is signed in but the session holds no authorized client")))
                .map(client -> client.getAccessToken())
                // The refresh token expired or was revoked: the session can no longer act for its user.
                .onErrorMap(
                        OAuth2AuthorizationException.class,
                        failed -> new SignInRequired("the session of " + signedIn.getName() + " has no usable token: "
                                + failed.getMessage()))
                // Otherwise the failure would be blamed on the service the request was routed to.
                .onErrorMap(error -> !(error instanceof SignInRequired), SessionTokenRelay::identityUnavailable);
    }

    private static ErrorResponseException identityUnavailable(Throwable cause) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "release-api could not be reached to refresh the session's access token.");
        problem.setType(URI.create("/problems/service-unavailable"));
        return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, cause);
    }

    private static ServerWebExchange withBearer(ServerWebExchange exchange, OAuth2AccessToken token) {
        var request = exchange.getRequest()
                .mutate()
                .headers(headers -> headers.setBearerAuth(token.getTokenValue()))
                .build();
        return exchange.mutate().request(request).build();
    }

    @Override
    public int getOrder() {
        // Any point before the routing filter (the lowest precedence) forwards the request.
        return 0;
    }
}
