package dev.aviary.graygateway.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.session.InMemoryWebSessionStore;
import reactor.core.publisher.Mono;

/** The relay with a session that already holds its tokens, refreshing at a stub of release-api's token endpoint. */
class SessionTokenRelayTest {

    private static final StubIdentityProvider IDENTITY = StubIdentityProvider.start();
    private static final Instant NOW = Instant.now();

    private final ClientRegistration registration = AviaryClientRegistration.from(new LoginProperties(
            true, IDENTITY.uri(), IDENTITY.uri(), "aviary-edge", "edge-secret", Duration.ofHours(8)));
    private final ServerOAuth2AuthorizedClientRepository tokens =
            new WebSessionServerOAuth2AuthorizedClientRepository();
    private final SessionTokenRelay relay = new SessionTokenRelay(new LoginClientConfiguration()
            .authorizedClientManager(new InMemoryReactiveClientRegistrationRepository(registration), tokens));
    private final OAuth2AuthenticationToken alice = new OAuth2AuthenticationToken(
            new DefaultOAuth2User(AuthorityUtils.createAuthorityList("OIDC_USER"), Map.of("sub", "alice"), "sub"),
            AuthorityUtils.createAuthorityList("OIDC_USER"),
            "aviary");

    private ServerWebExchange forwarded;
    private final GatewayFilterChain service = exchange -> {
        forwarded = exchange;
        return Mono.empty();
    };

    private MockServerWebExchange signedIn(
            MockServerHttpRequest request, OAuth2AccessToken accessToken, String refresh) {
        return signedIn(registration, request, accessToken, refresh);
    }

    private MockServerWebExchange signedIn(
            ClientRegistration at, MockServerHttpRequest request, OAuth2AccessToken accessToken, String refresh) {
        var exchange = MockServerWebExchange.builder(request)
                .session(new InMemoryWebSessionStore().createWebSession().block())
                .principal(alice)
                .build();
        var client = new OAuth2AuthorizedClient(
                at, "alice", accessToken, new OAuth2RefreshToken(refresh, NOW.minusSeconds(600)));
        tokens.saveAuthorizedClient(client, alice, exchange).block();
        return exchange;
    }

    private static OAuth2AccessToken accessToken(String value, Instant expiresAt) {
        return new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, value, expiresAt.minusSeconds(300), expiresAt);
    }

    private static List<String> authorization(ServerWebExchange exchange) {
        return exchange.getRequest().getHeaders().getOrEmpty(HttpHeaders.AUTHORIZATION);
    }

    @Test
    void signedInRequestCarriesTheSessionsAccessToken() {
        var exchange = signedIn(
                MockServerHttpRequest.get("/api/v1/projects").build(),
                accessToken("still-valid", NOW.plusSeconds(300)),
                StubIdentityProvider.REFRESH_TOKEN);

        relay.filter(exchange, service).block();

        assertThat(authorization(forwarded)).containsExactly("Bearer still-valid");
    }

    @Test
    void expiredAccessTokenIsRefreshedFirstAndKeptInTheSession() {
        var exchange = signedIn(
                MockServerHttpRequest.get("/api/v1/projects").build(),
                accessToken("expired", NOW.minusSeconds(60)),
                StubIdentityProvider.REFRESH_TOKEN);

        relay.filter(exchange, service).block();

        assertThat(authorization(forwarded)).containsExactly("Bearer " + StubIdentityProvider.REFRESHED_ACCESS_TOKEN);
        OAuth2AuthorizedClient kept =
                tokens.loadAuthorizedClient("aviary", alice, exchange).block();
        assertThat(kept.getAccessToken().getTokenValue()).isEqualTo(StubIdentityProvider.REFRESHED_ACCESS_TOKEN);
    }

    @Test
    void sessionWhoseRefreshTokenIsRejectedMustSignInAgain() {
        var exchange = signedIn(
                MockServerHttpRequest.get("/api/v1/projects").build(),
                accessToken("expired", NOW.minusSeconds(60)),
                "revoked-refresh-token");

        assertThatThrownBy(() -> relay.filter(exchange, service).block())
                .isInstanceOf(SignInRequired.class)
                .hasMessageContaining("alice");

        assertThat(forwarded).as("nothing reaches the service").isNull();
        assertThat(tokens.loadAuthorizedClient("aviary", alice, exchange).blockOptional())
                .as("the dead grant is dropped")
                .isEmpty();
    }

    @Test
    void releaseApiDownWhileRefreshingIsUnavailableNotBlamedOnTheService() throws IOException {
        URI closedPort;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        var unreachable = AviaryClientRegistration.from(
                new LoginProperties(true, closedPort, closedPort, "aviary-edge", "edge-secret", Duration.ofHours(8)));
        var relayToNowhere = new SessionTokenRelay(new LoginClientConfiguration()
                .authorizedClientManager(new InMemoryReactiveClientRegistrationRepository(unreachable), tokens));
        var exchange = signedIn(
                unreachable,
                MockServerHttpRequest.get("/api/v1/pipelines").build(),
                accessToken("expired", NOW.minusSeconds(60)),
                StubIdentityProvider.REFRESH_TOKEN);

        assertThatThrownBy(() -> relayToNowhere.filter(exchange, service).block())
                .isInstanceOfSatisfying(ErrorResponseException.class, unavailable -> {
                    assertThat(unavailable.getStatusCode().value()).isEqualTo(503);
                    assertThat(unavailable.getBody().getDetail()).startsWith("release-api could not be reached");
                });
        assertThat(forwarded).isNull();
    }

    @Test
    void requestWithItsOwnAuthorizationIsForwardedAsItCame() {
        var exchange = signedIn(
                MockServerHttpRequest.get("/api/v1/projects")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer api-token-of-a-script")
                        .build(),
                accessToken("still-valid", NOW.plusSeconds(300)),
                StubIdentityProvider.REFRESH_TOKEN);

        relay.filter(exchange, service).block();

        assertThat(forwarded).isSameAs(exchange);
        assertThat(authorization(forwarded)).containsExactly("Bearer api-token-of-a-script");
    }

    @Test
    void requestWithoutSessionIsForwardedWithoutToken() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/system/health"));

        relay.filter(exchange, service).block();

        assertThat(forwarded).isSameAs(exchange);
        assertThat(authorization(forwarded)).isEmpty();
    }
}
