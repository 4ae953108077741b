package dev.aviary.graygateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aviary.graygateway.edge.SystemHealth.ServiceHealth;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class SystemHealthControllerTest extends RunningEdge {

    private SystemHealth health() {
        return http.get()
                .uri("/api/v1/system/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(SystemHealth.class)
                .returnResult()
                .getResponseBody();
    }

    private ServiceHealth service(SystemHealth health, String name) {
        return health.services().stream()
                .filter(service -> service.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not listed in " + health));
    }

    @Test
    void gatewayLeadsTheListAsUpWithItsOwnUrl() {
        ServiceHealth first = health().services().get(0);

        assertThat(first).isEqualTo(new ServiceHealth("gray-gateway", "http://127.0.0.1:" + port, "UP", 0, null));
    }

    @Test
    void servicesFollowTheGatewayInTheOrderOfTheEdgeTable() {
        assertThat(health().services())
                .extracting(ServiceHealth::name)
                .containsExactly(
                        "gray-gateway",
                        "release-api",
                        "pipeline-engine",
                        "artifact-repo",
                        "env-manager",
                        "host-deployer",
                        "k8s-deployer");
    }

    @Test
    void healthyServiceIsUpWithItsUrlAndNoDetail() {
        ServiceHealth releaseApi = service(health(), "release-api");

        assertThat(releaseApi.url()).isEqualTo(RELEASE_API.uri().toString());
        assertThat(releaseApi.status()).isEqualTo("UP");
        assertThat(releaseApi.detail()).isNull();
    }

    @Test
    void serviceOnAClosedPortIsDownAndNotReachable() {
        ServiceHealth pipelineEngine = service(health(), "pipeline-engine");

        assertThat(pipelineEngine.status()).isEqualTo("DOWN");
        assertThat(pipelineEngine.detail()).startsWith("not reachable").contains("Connection refused");
    }

    @Test
    void serviceReportingDownIsDown() {
        ServiceHealth artifactRepo = service(health(), "artifact-repo");

        assertThat(artifactRepo.status()).isEqualTo("DOWN");
        assertThat(artifactRepo.detail()).isEqualTo("the service reports DOWN");
    }

    @Test
    void serviceThatNeverAnswersIsDownOnceTheHealthTimeoutPasses() {
        ServiceHealth envManager = service(health(), "env-manager");

        assertThat(envManager.status()).isEqualTo("DOWN");
        assertThat(envManager.detail()).isEqualTo("no answer within 300 ms");
        // 300 ms configured; the 2 s default from application.yml would take far longer.
        assertThat(envManager.latencyMs()).isBetween(300L, 1500L);
    }

    @Test
    void overallStatusIsDegradedWhenAnyServiceIsNotUp() {
        SystemHealth health = health();

        assertThat(health.status()).isEqualTo("DEGRADED");
        assertThat(health.checkedAt()).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
    }
}
