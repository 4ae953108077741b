package dev.aviary.graygateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** What operators and API clients reach on the edge besides the console and the routed API. */
class OperationalEndpointsTest extends RunningEdge {

    @Test
    void actuatorHealthIsUp() {
        http.get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
    }

    @Test
    void prometheusExposesJvmMetricsTaggedWithTheGateway() {
        http.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(metrics ->
                        assertThat(metrics).contains("jvm_memory_used_bytes").contains("application=\"gray-gateway\""));
    }

    @Test
    void openApiDocumentDescribesTheSystemHealth() {
        http.get()
                .uri("/v3/api-docs")
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.openapi")
                .value(String.class, version -> assertThat(version).startsWith("3."))
                .jsonPath("$.paths['/api/v1/system/health'].get")
                .exists();
    }
}
