package dev.aviary.graygateway.login;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;

/** The edge as an OAuth2 client: its registration, where it keeps tokens, and how they reach the services. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "aviary.edge.login.enabled", matchIfMissing = true)
class LoginClientConfiguration {

    @Bean
    ReactiveClientRegistrationRepository clientRegistrationRepository(LoginProperties login) {
        return new InMemoryReactiveClientRegistrationRepository(AviaryClientRegistration.from(login));
    }

    /**
     * Tokens live in the session, not in a store keyed by user name: two browsers of one user hold two
     * grants, and signing out of one (or the session expiring) drops exactly that grant.
     */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClientManager(
            ReactiveClientRegistrationRepository registrations, ServerOAuth2AuthorizedClientRepository tokens) {
        var manager = new DefaultReactiveOAuth2AuthorizedClientManager(registrations, tokens);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    @Bean
    SessionTokenRelay sessionTokenRelay(ReactiveOAuth2AuthorizedClientManager authorizedClientManager) {
        return new SessionTokenRelay(authorizedClientManager);
    }

    @Bean
    EdgeCookiesWithheld edgeCookiesWithheld() {
        return new EdgeCookiesWithheld();
    }
}
