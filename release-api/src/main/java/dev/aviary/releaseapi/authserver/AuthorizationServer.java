package dev.aviary.releaseapi.authserver;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.aviary.releaseapi.identity.ExternalUsers;
import dev.aviary.runtime.security.SecurityProperties;
import java.net.URI;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * release-api as the OAuth2/OIDC authorization server of the console: one client, the edge gateway
 * (confidential, PKCE required), signing in local users on {@code /login}. APIs keep the stateless
 * bearer chain of the service runtime.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class AuthorizationServer {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, s -> s.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    /**
     * The login form, and sign-in through external OIDC providers when any is configured under
     * {@code spring.security.oauth2.client.registration.*} (docs/security.md).
     */
    @Bean
    @Order(2)
    SecurityFilterChain signIn(
            HttpSecurity http,
            ObjectProvider<ClientRegistrationRepository> externalProviders,
            ExternalUsers externalUsers,
            IdentityProperties identity)
            throws Exception {
        http.securityMatcher("/login", "/login/**", "/logout", "/oauth2/authorization/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/login"))
                .logout(logout -> logout.logoutSuccessUrl("/login?signed-out"));
        ClientRegistrationRepository providers = externalProviders.getIfAvailable();
        if (providers != null) {
            DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(
                    providers, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
            withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            http.oauth2Login(login -> login.loginPage("/login")
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(
                            new ExternalSignIn(externalUsers, identity.externalUsernameClaim())))
                    .successHandler(new ExternalSignInSuccess()));
        }
        return http.build();
    }

    @Bean
    RegisteredClientRepository registeredClients(IdentityProperties identity, PasswordEncoder passwords) {
        RegisteredClient.Builder edge = RegisteredClient.withId(UUID.nameUUIDFromBytes(
                                identity.edgeClientId().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString())
                .clientId(identity.edgeClientId())
                .clientSecret(passwords.encode(identity.edgeClientSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(identity.accessTokenTtl())
                        .refreshTokenTimeToLive(identity.refreshTokenTtl())
                        .reuseRefreshTokens(false)
                        .build());
        for (URI url : identity.edgeUrls()) {
            String base = url.toString().replaceAll("/+$", "");
            edge.redirectUri(base + "/login/oauth2/code/aviary").postLogoutRedirectUri(base + "/");
        }
        return new InMemoryRegisteredClientRepository(edge.build());
    }

    /** ID tokens name the Aviary user, so other tools can use Aviary as their OIDC provider too. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> idTokenUsername() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                context.getClaims()
                        .claim("preferred_username", context.getPrincipal().getName());
            }
        };
    }

    @Bean
    OAuth2AuthorizationService authorizations(JdbcTemplate jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        JWKSet keySet = keys.load();
        return new ImmutableJWKSet<>(keySet);
    }

    /** release-api checks its own tokens locally, against the same issuer the services expect. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, SecurityProperties security) {
        NimbusJwtDecoder decoder = (NimbusJwtDecoder) OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
        decoder.setJwtValidator(
                JwtValidators.createDefaultWithIssuer(security.issuer().toString()));
        return decoder;
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(SecurityProperties security) {
        return AuthorizationServerSettings.builder()
                .issuer(security.issuer().toString())
                .build();
    }
}
