package dev.aviary.graygateway.problem;

import dev.aviary.graygateway.edge.RunningEdge;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class GatewayProblemsTest extends RunningEdge {

    @Test
    void pathNoServiceOwnsIsANotFoundProblem() {
        http.get()
                .uri("/api/v1/nothing")
                .header(HttpHeaders.AUTHORIZATION, "Bearer api-token-of-a-script")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("/problems/not-found")
                .jsonPath("$.status")
                .isEqualTo(404)
                .jsonPath("$.detail")
                .isEqualTo("Nothing is served at /api/v1/nothing.")
                .jsonPath("$.instance")
                .isEqualTo("/api/v1/nothing");
    }

    @Test
    void prefixOfAnUnreachableServiceIsAServiceUnavailableProblemNamingIt() {
        http.get()
                .uri("/api/v1/pipelines/p-1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer api-token-of-a-script")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("/problems/service-unavailable")
                .jsonPath("$.detail")
                .isEqualTo("pipeline-engine is not reachable right now.")
                .jsonPath("$.instance")
                .isEqualTo("/api/v1/pipelines/p-1");
    }

    @Test
    void aServiceThatNeverAnswersIsAGatewayTimeoutProblemNamingIt() {
        http.get()
                .uri("/api/v1/environments/e-1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer api-token-of-a-script")
                .exchange()
                .expectStatus()
                .isEqualTo(504)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("/problems/gateway-timeout")
                .jsonPath("$.detail")
                .isEqualTo("env-manager did not answer in time.");
    }

    @Test
    void wrongMethodOnTheEdgesOwnApiIsAProblem() {
        http.post()
                .uri("/api/v1/system/health")
                .header(HttpHeaders.AUTHORIZATION, "Bearer api-token-of-a-script")
                .exchange()
                .expectStatus()
                .isEqualTo(405)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("/problems/method-not-allowed");
    }
}
