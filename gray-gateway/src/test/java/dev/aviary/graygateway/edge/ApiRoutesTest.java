package dev.aviary.graygateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class ApiRoutesTest extends RunningEdge {

    /** The edge passes any bearer token on; checking it is the service's job. */
    private static final String BEARER = "Bearer api-token-of-a-script";

    @Test
    void projectRequestReachesReleaseApiWithPathAndQueryIntact() {
        http.get()
                .uri("/api/v1/projects/abc?x=1")
                .header(HttpHeaders.AUTHORIZATION, BEARER)
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(RELEASE_API.received()).contains("GET /api/v1/projects/abc?x=1");
    }

    @Test
    void encodedQueryIsForwardedWithoutReencoding() {
        // URI variables: the client encodes them once, to q=a%20b&tag=x%2By.
        http.get()
                .uri("/api/v1/projects/abc?q={q}&tag={tag}", "a b", "x+y")
                .header(HttpHeaders.AUTHORIZATION, BEARER)
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(RELEASE_API.received()).contains("GET /api/v1/projects/abc?q=a%20b&tag=x%2By");
    }

    @Test
    void serviceAnswerPassesThroughUnchanged() {
        http.get()
                .uri("/api/v1/projects/abc")
                .header(HttpHeaders.AUTHORIZATION, BEARER)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType(MediaType.APPLICATION_JSON)
                .expectHeader()
                .valueEquals("X-Project-Revision", "7")
                .expectBody(String.class)
                .isEqualTo(StubService.PROJECT_ABC);
    }

    @Test
    void serviceProblemPassesThroughUnchanged() {
        http.get()
                .uri("/api/v1/projects/missing")
                .header(HttpHeaders.AUTHORIZATION, BEARER)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class)
                .isEqualTo(StubService.PROJECT_NOT_FOUND);

        assertThat(RELEASE_API.received()).contains("GET /api/v1/projects/missing");
    }

    @Test
    void bearerTokenReachesTheServiceUnchanged() {
        http.get()
                .uri("/api/v1/projects/abc?bearer=1")
                .header(HttpHeaders.AUTHORIZATION, BEARER)
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(RELEASE_API.headersOf("GET /api/v1/projects/abc?bearer=1").get("Authorization"))
                .containsExactly(BEARER);
    }

    @Test
    void stateChangeWithABearerTokenNeedsNoCsrfToken() {
        http.post()
                .uri("/api/v1/projects/abc?bearer=2")
                .header(HttpHeaders.AUTHORIZATION, BEARER)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"owner\":\"team-b\"}")
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(RELEASE_API.received()).contains("POST /api/v1/projects/abc?bearer=2");
    }

    @Test
    void edgeCookiesAreWithheldFromTheServiceAndOthersPass() {
        http.get()
                .uri("/api/v1/projects/abc?cookies=1")
                .header(HttpHeaders.AUTHORIZATION, BEARER)
                .header(HttpHeaders.COOKIE, "theme=dark; SESSION=edge-session; XSRF-TOKEN=edge-csrf; lang=en")
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(RELEASE_API.headersOf("GET /api/v1/projects/abc?cookies=1").get("Cookie"))
                .containsExactly("theme=dark; lang=en");
    }
}
