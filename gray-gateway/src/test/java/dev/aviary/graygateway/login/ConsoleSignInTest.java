package dev.aviary.graygateway.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.graygateway.edge.RunningEdge;
import dev.aviary.graygateway.login.StubIdentityProvider.TokenRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The console signs in through the edge (the test plays the browser and release-api's sign-in page),
 * reaches the services with the session's access token, and signs out at the edge and at release-api.
 */
class ConsoleSignInTest extends RunningEdge {

    private static final String CSRF = "token-of-this-browser";

    /** Follows the sign-in redirects as a browser would; answers the session cookie of the signed-in browser. */
    private String signIn() {
        var start = http.get()
                .uri("/oauth2/authorization/aviary")
                .exchange()
                .expectStatus()
                .isFound()
                .returnResult(Void.class);
        String startedSession = start.getResponseCookies().getFirst("SESSION").getValue();
        MultiValueMap<String, String> authorize = UriComponentsBuilder.fromUriString(
                        start.getResponseHeaders().getFirst(HttpHeaders.LOCATION))
                .build()
                .getQueryParams();

        // release-api would show its sign-in page and redirect back with a code; the stub's code is the nonce.
        var callback = http.get()
                .uri(builder -> builder.path("/login/oauth2/code/aviary")
                        .queryParam("code", "{code}")
                        .queryParam("state", "{state}")
                        .build(decoded(authorize.getFirst("nonce")), decoded(authorize.getFirst("state"))))
                .cookie("SESSION", startedSession)
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .location("/")
                .returnResult(Void.class);
        String signedInSession =
                callback.getResponseCookies().getFirst("SESSION").getValue();
        assertThat(signedInSession).as("a new session id after sign-in").isNotEqualTo(startedSession);
        return signedInSession;
    }

    private static String decoded(String queryValue) {
        return URLDecoder.decode(queryValue, StandardCharsets.UTF_8);
    }

    @Test
    void codeIsExchangedWithTheClientSecretAndThePkceVerifier() {
        signIn();

        TokenRequest exchange = IDENTITY.tokenRequests().stream()
                .filter(request -> "authorization_code".equals(request.form().get("grant_type")))
                .reduce((first, last) -> last)
                .orElseThrow();
        assertThat(exchange.authorization())
                .isEqualTo("Basic "
                        + Base64.getEncoder()
                                .encodeToString("aviary-edge:dev-only-edge-secret".getBytes(StandardCharsets.UTF_8)));
        assertThat(exchange.form().get("code_verifier")).hasSizeGreaterThanOrEqualTo(43);
        assertThat(exchange.form().get("redirect_uri")).endsWith("/login/oauth2/code/aviary");
    }

    @Test
    void signedInConsoleReachesTheServiceWithTheSessionsAccessToken() {
        String session = signIn();

        http.get()
                .uri("/api/v1/projects/abc?relay=1")
                .cookie("SESSION", session)
                .cookie("theme", "dark")
                .exchange()
                .expectStatus()
                .isOk();

        var received = RELEASE_API.headersOf("GET /api/v1/projects/abc?relay=1");
        assertThat(received.get("Authorization")).containsExactly("Bearer " + StubIdentityProvider.ACCESS_TOKEN);
        assertThat(received.get("Cookie")).containsExactly("theme=dark");
    }

    @Test
    void scriptsOwnTokenWinsOverTheSession() {
        String session = signIn();

        http.get()
                .uri("/api/v1/projects/abc?relay=2")
                .cookie("SESSION", session)
                .header(HttpHeaders.AUTHORIZATION, "Bearer api-token-of-a-script")
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(RELEASE_API.headersOf("GET /api/v1/projects/abc?relay=2").get("Authorization"))
                .containsExactly("Bearer api-token-of-a-script");
    }

    @Test
    void stateChangeWithTheSessionNeedsTheCsrfToken() {
        String session = signIn();

        http.post()
                .uri("/api/v1/projects/abc?csrf=none")
                .cookie("SESSION", session)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("/problems/csrf");
        http.post()
                .uri("/api/v1/projects/abc?csrf=header")
                .cookie("SESSION", session)
                .cookie("XSRF-TOKEN", CSRF)
                .header("X-XSRF-TOKEN", CSRF)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("owner=team-b")
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(RELEASE_API.received())
                .doesNotContain("POST /api/v1/projects/abc?csrf=none")
                .contains("POST /api/v1/projects/abc?csrf=header");
        assertThat(RELEASE_API.bodyOf("POST /api/v1/projects/abc?csrf=header"))
                .as("the edge looked for the token in the header, not in the proxied form")
                .isEqualTo("owner=team-b");
    }

    @Test
    void logoutEndsTheSessionHereAndAtReleaseApi() {
        String session = signIn();

        var logout = http.post()
                .uri("/logout")
                .cookie("SESSION", session)
                .cookie("XSRF-TOKEN", CSRF)
                .header("X-XSRF-TOKEN", CSRF)
                .exchange()
                .expectStatus()
                .isFound()
                .returnResult(Void.class);

        MultiValueMap<String, String> endSession = UriComponentsBuilder.fromUriString(
                        logout.getResponseHeaders().getFirst(HttpHeaders.LOCATION))
                .build()
                .getQueryParams();
        assertThat(logout.getResponseHeaders().getFirst(HttpHeaders.LOCATION))
                .startsWith(IDENTITY.uri() + "/connect/logout?");
        assertThat(endSession.getFirst("id_token_hint")).isNotBlank();
        assertThat(decoded(endSession.getFirst("post_logout_redirect_uri")))
                .isEqualTo("http://localhost:" + port + "/");
        assertThat(logout.getResponseCookies().get("SESSION"))
                .extracting(cookie -> cookie.getMaxAge().isZero())
                .isEqualTo(List.of(true));

        http.get()
                .uri("/api/v1/projects/abc")
                .cookie("SESSION", session)
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }
}
