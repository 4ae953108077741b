package dev.aviary.graygateway.login;

import java.net.URI;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import reactor.core.publisher.Mono;

/**
 * What the edge lets through. Spring Security is switched on here and only here (Boot's own security
 * auto-configuration is excluded), so a business-ingress deployment with login off has none at all.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@ConditionalOnProperty(name = "aviary.edge.login.enabled", matchIfMissing = true)
class EdgeSecurity {

    @Bean
    SecurityWebFilterChain edgeSecurityFilterChain(
            ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations) {
        var csrfTokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieName(EdgeCookiesWithheld.CSRF_COOKIE);
        var afterSignIn = new RedirectServerAuthenticationSuccessHandler("/");
        afterSignIn.setRequestCache(NoOpServerRequestCache.getInstance());

        http.authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/api/v1/system/health")
                        .permitAll()
                        .pathMatchers("/api/**")
                        .access(new SessionOrBearerToken())
                        .pathMatchers("/actuator/health/**", "/actuator/prometheus")
                        .permitAll()
                        // The edge cannot check a bearer token, so its other endpoints need a session.
                        .pathMatchers("/actuator", "/actuator/**")
                        .authenticated()
                        // The console, its assets, the API documentation.
                        .anyExchange()
                        .permitAll())
                .oauth2Login(login -> login.authenticationSuccessHandler(afterSignIn)
                        .authenticationFailureHandler(new SignInFailure()))
                .logout(logout -> logout.logoutHandler(handlers -> handlers.add(new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(endSessionAtReleaseApi(registrations)))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokenResolution())
                        .requireCsrfProtectionMatcher(new CsrfRequirement())
                        .accessDeniedHandler(
                                (exchange, denied) -> Mono.error(new CsrfTokenRejected(denied.getMessage()))))
                .addFilterAfter(new CsrfCookieWriter(), SecurityWebFiltersOrder.CSRF)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                // The console's caching is ConsoleCaching's job; services send their own headers.
                .headers(headers -> headers.cache(cache -> cache.disable()))
                // Rendered by GatewayProblems like every other error of the edge; setting an entry point
                // also keeps Spring Security from generating a login page.
                .exceptionHandling(errors -> errors.authenticationEntryPoint((exchange, missing) ->
                        Mono.error(new SignInRequired("not signed in, and no bearer token where one is accepted"))));
        return http.build();
    }

    /** OIDC RP-initiated logout: release-api ends its own session too, then sends the browser back to the console. */
    private static OidcClientInitiatedServerLogoutSuccessHandler endSessionAtReleaseApi(
            ReactiveClientRegistrationRepository registrations) {
        var handler = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        // Not signed in (or not through OIDC): nothing to end at release-api.
        handler.setLogoutSuccessUrl(URI.create("/"));
        return handler;
    }
}
