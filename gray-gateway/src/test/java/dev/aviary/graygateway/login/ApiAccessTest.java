package dev.aviary.graygateway.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.graygateway.edge.RunningEdge;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

/** Who gets through the edge to {@code /api/**} without a signed-in session. */
class ApiAccessTest extends RunningEdge {

    private static void assertUnauthenticatedProblem(ResponseSpec response, String path) {
        response.expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("/problems/unauthenticated")
                .jsonPath("$.title")
                .isEqualTo("Authentication required")
                .jsonPath("$.status")
                .isEqualTo(401)
                .jsonPath("$.detail")
                .isEqualTo("Sign in, or send Authorization: Bearer <API token>.")
                .jsonPath("$.instance")
                .isEqualTo(path);
    }

    @Test
    void apiRequestWithoutCredentialsIsAnUnauthenticatedProblemNotARedirect() {
        assertUnauthenticatedProblem(
                http.get()
                        .uri("/api/v1/projects?anonymous=1")
                        .accept(MediaType.TEXT_HTML)
                        .exchange(),
                "/api/v1/projects");

        assertThat(RELEASE_API.received()).doesNotContain("GET /api/v1/projects?anonymous=1");
    }

    @Test
    void credentialsOtherThanABearerTokenAreNotEnough() {
        assertUnauthenticatedProblem(
                http.get()
                        .uri("/api/v1/projects/abc")
                        .header(HttpHeaders.AUTHORIZATION, "Basic YWRtaW46YWRtaW4=")
                        .exchange(),
                "/api/v1/projects/abc");
    }

    @Test
    void stateChangeWithACsrfTokenButNoSessionIsUnauthenticated() {
        assertUnauthenticatedProblem(
                http.post()
                        .uri("/api/v1/projects")
                        .cookie("XSRF-TOKEN", "token-of-this-browser")
                        .header("X-XSRF-TOKEN", "token-of-this-browser")
                        .exchange(),
                "/api/v1/projects");
    }

    @Test
    void systemHealthNeedsNoCredentials() {
        http.get()
                .uri("/api/v1/system/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .exists();
    }

    @Test
    void internalPathsAreNeverRoutedNotEvenToTheConsole() {
        for (MediaType accept : new MediaType[] {MediaType.APPLICATION_JSON, MediaType.TEXT_HTML}) {
            http.get()
                    .uri("/internal/v1/tokens/introspect")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer internal-token")
                    .accept(accept)
                    .exchange()
                    .expectStatus()
                    .isNotFound()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(RELEASE_API.received()).noneMatch(request -> request.contains("/internal/"));
    }

    @Test
    void actuatorEndpointsBesidesHealthAndMetricsNeedASignedInSession() {
        http.get()
                .uri("/actuator/gateway/routes")
                .header(HttpHeaders.AUTHORIZATION, "Bearer anything")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }
}
