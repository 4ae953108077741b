package dev.aviary.graygateway.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.graygateway.edge.RunningEdge;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.UriComponentsBuilder;

/** What a browser gets from the edge before it has signed in: the console, the CSRF cookie, the way to sign in. */
class ConsoleSessionTest extends RunningEdge {

    @Test
    void consoleNeedsNoSignIn() {
        http.get()
                .uri("/")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk();
        http.get()
                .uri("/projects")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void signInSendsTheBrowserToTheIssuerWithPkce() {
        var result = http.get()
                .uri("/oauth2/authorization/aviary")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isFound()
                .returnResult(Void.class);

        String location = result.getResponseHeaders().getFirst(HttpHeaders.LOCATION);
        assertThat(location)
                .startsWith(IDENTITY.uri() + "/oauth2/authorize?")
                .contains("response_type=code")
                .contains("client_id=aviary-edge")
                .contains("scope=openid%20profile")
                .contains("code_challenge=")
                .contains("code_challenge_method=S256")
                .contains("state=")
                .contains("nonce=");
        String redirectUri = UriComponentsBuilder.fromUriString(location)
                .build()
                .getQueryParams()
                .getFirst("redirect_uri");
        assertThat(URLDecoder.decode(redirectUri, StandardCharsets.UTF_8))
                .isEqualTo("http://localhost:" + port + "/login/oauth2/code/aviary");
    }

    @Test
    void signInStartsAnHttpOnlyLaxSessionCookie() {
        var result = http.get()
                .uri("/oauth2/authorization/aviary")
                .exchange()
                .expectStatus()
                .isFound()
                .returnResult(Void.class);

        ResponseCookie session = result.getResponseCookies().getFirst("SESSION");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        // Plain http here; over https the cookie is Secure.
        assertThat(session.isSecure()).isFalse();
    }

    @Test
    void anyPageHandsTheBrowserAReadableCsrfCookie() {
        var result = http.get()
                .uri("/")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class);

        ResponseCookie csrf = result.getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(csrf).isNotNull();
        assertThat(csrf.getValue()).isNotBlank();
        assertThat(csrf.isHttpOnly()).as("the console reads it").isFalse();
    }

    @Test
    void logoutWithoutCsrfTokenIsAForbiddenProblem() {
        http.post()
                .uri("/logout")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("/problems/csrf")
                .jsonPath("$.detail")
                .value(String.class, detail -> assertThat(detail).contains("X-XSRF-TOKEN"));
    }

    @Test
    void logoutWithAWrongCsrfTokenIsForbidden() {
        http.post()
                .uri("/logout")
                .cookie("XSRF-TOKEN", "token-of-this-browser")
                .header("X-XSRF-TOKEN", "token-of-another-browser")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void logoutWithoutSessionReturnsToTheConsole() {
        http.post()
                .uri("/logout")
                .cookie("XSRF-TOKEN", "token-of-this-browser")
                .header("X-XSRF-TOKEN", "token-of-this-browser")
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .location("/");
    }

    @Test
    void logoutAcceptsTheCsrfTokenAsAFormField() {
        http.post()
                .uri("/logout")
                .cookie("XSRF-TOKEN", "token-of-this-browser")
                .body(BodyInserters.fromFormData("_csrf", "token-of-this-browser"))
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .location("/");
    }

    @Test
    void failedSignInReturnsToTheConsole() {
        http.get()
                .uri("/login/oauth2/code/aviary?error=access_denied&state=unknown")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .value(
                        HttpHeaders.LOCATION,
                        location -> assertThat(URI.create(location).getPath()).isEqualTo("/"));
    }
}
