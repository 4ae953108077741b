package dev.aviary.runtime.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * What every Aviary back-end service promises, checked against the real service over real HTTP
 * with a real PostgreSQL: health, Prometheus metrics, OpenAPI, Flyway in its own schema, and
 * problem responses for client errors. A service's test extends this with an empty body.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceConventionsContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        registry.add("aviary.security.internal-token", () -> INTERNAL_TOKEN);
    }

    /** The platform's internal token in these tests: how one Aviary service calls another. */
    public static final String INTERNAL_TOKEN = "contract-internal-token";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    private RestClient http() {
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
                .build();
    }

    @Test
    void healthIsUp() {
        String body = http().get().uri("/actuator/health").retrieve().body(String.class);

        assertThat(body).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheusExposesJvmMetricsTaggedWithTheService() {
        String metrics = http().get().uri("/actuator/prometheus").retrieve().body(String.class);

        assertThat(metrics)
                .contains("jvm_memory_used_bytes")
                .contains("application=\"" + environment.getProperty("spring.application.name") + "\"");
    }

    @Test
    void openApiDocumentNamesTheService() {
        String document = http().get().uri("/v3/api-docs").retrieve().body(String.class);

        assertThat(document)
                .contains("\"openapi\":\"3.")
                .contains("Aviary " + environment.getProperty("spring.application.name"));
    }

    @Test
    void flywayMigratesIntoTheServicesOwnSchema() {
        String schema = environment.getRequiredProperty("aviary.service.schema");

        Integer applied = jdbc.queryForObject(
                "select count(*) from " + schema + ".flyway_schema_history where success and version = '1'",
                Integer.class);

        assertThat(applied).isEqualTo(1);
    }

    @Test
    void apiWithoutCredentialsIsAnUnauthenticatedProblem() {
        ResponseEntity<String> response =
                http().get().uri("/api/v1/no-such-resource").retrieve().toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getFirst("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("\"type\":\"/problems/unauthenticated\"");
    }

    @Test
    void aMalformedAuthorizationHeaderIsTheSameUnauthenticatedProblem() {
        ResponseEntity<String> response = http().get()
                .uri("/api/v1/no-such-resource")
                .header("Authorization", "Basic " + INTERNAL_TOKEN)
                .retrieve()
                .toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getBody()).contains("\"type\":\"/problems/unauthenticated\"");
    }

    @Test
    void internalEndpointsRefuseAnonymousCallers() {
        ResponseEntity<String> response =
                http().post().uri("/internal/v1/anything").retrieve().toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void unknownApiPathIsAProblemResponse() {
        ResponseEntity<String> response = http().get()
                .uri("/api/v1/no-such-resource")
                .header("Authorization", "Bearer " + INTERNAL_TOKEN)
                .retrieve()
                .toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("\"type\":\"/problems/not-found\"");
    }
}
