package dev.aviary.graygateway.login;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import reactor.core.publisher.Mono;

/**
 * A sign-in that did not complete (refused at release-api, a stale state, an ID token that fails
 * validation) returns the browser to the console, which offers to sign in again. Logged, because a
 * misconfigured issuer or client secret shows up nowhere else.
 */
final class SignInFailure implements ServerAuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInFailure.class);

    private final ServerAuthenticationFailureHandler backToConsole =
            new RedirectServerAuthenticationFailureHandler("/?login=failed");

    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange exchange, AuthenticationException failure) {
        log.warn("sign-in failed: {}", failure.getMessage());
        return backToConsole.onAuthenticationFailure(exchange, failure);
    }
}
