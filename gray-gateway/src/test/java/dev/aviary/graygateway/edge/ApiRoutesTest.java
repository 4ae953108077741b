package dev.aviary.graygateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ApiRoutesTest extends RunningEdge {

    @Test
    void projectRequestReachesReleaseApiWithPathAndQueryIntact() {
        http.get().uri("/api/v1/projects/abc?x=1").exchange().expectStatus().isOk();

        assertThat(RELEASE_API.received()).contains("GET /api/v1/projects/abc?x=1");
    }

    @Test
    void encodedQueryIsForwardedWithoutReencoding() {
        // URI variables: the client encodes them once, to q=a%20b&tag=x%2By.
        http.get()
                .uri("/api/v1/projects/abc?q={q}&tag={tag}", "a b", "x+y")
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(RELEASE_API.received()).contains("GET /api/v1/projects/abc?q=a%20b&tag=x%2By");
    }

    @Test
    void serviceAnswerPassesThroughUnchanged() {
        http.get()
                .uri("/api/v1/projects/abc")
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
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class)
                .isEqualTo(StubService.PROJECT_NOT_FOUND);

        assertThat(RELEASE_API.received()).contains("GET /api/v1/projects/missing");
    }
}
