package dev.aviary.runtime.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

@SpringBootTest(
        classes = ProblemProbeApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.application.name=problem-probe",
            "spring.config.import=classpath:aviary-service-defaults.yml",
            "aviary.service.schema=problem_probe",
            "aviary.security.internal-token=" + ProblemResponsesTest.INTERNAL_TOKEN
        })
class ProblemResponsesTest {

    static final String INTERNAL_TOKEN = "problem-probe-internal-token";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void invalidFieldsAreListedOneByOne() {
        ResponseEntity<String> response = post("{\"name\": \" \", \"size\": 0}");

        assertProblem(response, 400, "/problems/invalid-request");
        assertThat(response.getBody())
                .contains("\"detail\":\"The request has invalid fields.\"")
                .contains("\"field\":\"name\"")
                .contains("\"field\":\"size\"");
    }

    @Test
    void anUnknownFieldIsNamed() {
        ResponseEntity<String> response = post("{\"name\": \"a\", \"size\": 1, \"colour\": \"red\"}");

        assertProblem(response, 400, "/problems/invalid-request");
        assertThat(response.getBody()).contains("{\"field\":\"colour\",\"message\":\"is not a known field\"}");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedWithItsPath() {
        ResponseEntity<String> response = post("{\"name\": \"a\", \"size\": \"big\"}");

        assertProblem(response, 400, "/problems/invalid-request");
        assertThat(response.getBody()).contains("\"field\":\"size\"").contains("has the wrong type or format");
    }

    @Test
    void aBodyThatIsNotJsonSaysSo() {
        ResponseEntity<String> response = post("{\"name\": ");

        assertProblem(response, 400, "/problems/invalid-request");
        assertThat(response.getBody()).contains("not valid JSON");
    }

    @Test
    void anUnexpectedFailureIsA500ThatLeaksNothing() {
        ResponseEntity<String> response =
                http().get().uri("/api/v1/probes/broken").retrieve().toEntity(String.class);

        assertProblem(response, 500, "/problems/internal-error");
        assertThat(response.getBody()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
    }

    @Test
    void aWrongMethodIsA405Problem() {
        ResponseEntity<String> response =
                http().delete().uri("/api/v1/probes").retrieve().toEntity(String.class);

        assertProblem(response, 405, "/problems/method-not-allowed");
    }

    private ResponseEntity<String> post(String json) {
        return http().post()
                .uri("/api/v1/probes")
                .contentType(MediaType.APPLICATION_JSON)
                .body(json)
                .retrieve()
                .toEntity(String.class);
    }

    private RestClient http() {
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer " + INTERNAL_TOKEN)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
                .build();
    }

    private static void assertProblem(ResponseEntity<String> response, int status, String type) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("\"type\":\"" + type + "\"");
    }
}
