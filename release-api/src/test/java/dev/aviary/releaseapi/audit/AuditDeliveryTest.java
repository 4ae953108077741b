package dev.aviary.releaseapi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aviary.releaseapi.ApiClient;
import dev.aviary.releaseapi.ReleaseApiApplication;
import dev.aviary.releaseapi.ReleaseApiIntegration;
import dev.aviary.runtime.testing.AuditedProbeApplication;
import dev.aviary.runtime.testing.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Another service keeps recording while release-api is down, and is itself restarted during the
 * outage: every event reaches the chain once release-api is back, none twice.
 */
class AuditDeliveryTest {

    private static final String PROBE_SCHEMA = "audit_probe";
    private ConfigurableApplicationContext releaseApi;
    private ConfigurableApplicationContext probe;

    @AfterEach
    void stop() {
        if (probe != null) probe.close();
        if (releaseApi != null) releaseApi.close();
    }

    @Test
    void noEventIsLostAcrossAReleaseApiOutageAndAServiceRestart() throws IOException {
        int releaseApiPort = freePort();
        int probePort = freePort();
        String run = "delivery-" + System.nanoTime();
        releaseApi = startReleaseApi(releaseApiPort);
        probe = startProbe(probePort, releaseApiPort);
        ApiClient service = ApiClient.at(probePort).as(ReleaseApiIntegration.ADMIN_TOKEN);
        assertThat(service.post("/api/v1/probe-notes", note(run, 0)).status()).isEqualTo(201);

        releaseApi.close();
        for (int i = 1; i <= 5; i++) {
            assertThat(service.post("/api/v1/probe-notes", note(run, i)).status())
                    .isEqualTo(201);
        }
        assertThat(outbox(run)).isGreaterThanOrEqualTo(5);
        probe.close();
        probe = startProbe(probePort, releaseApiPort);
        assertThat(outbox(run)).isGreaterThanOrEqualTo(5);

        releaseApi = startReleaseApi(releaseApiPort);

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(chained(run)).isEqualTo(6));
        assertThat(outbox(run)).isZero();
        assertThat(ApiClient.at(releaseApiPort)
                        .as(ReleaseApiIntegration.ADMIN_TOKEN)
                        .get("/api/v1/audit-events/verify")
                        .body()
                        .path("intact")
                        .asBoolean())
                .isTrue();
        assertThat(jdbc().queryForObject(
                                "select count(distinct service) from release_api.audit_events where target like ?",
                                Integer.class,
                                "note/" + run + "%"))
                .isEqualTo(1);
    }

    private ConfigurableApplicationContext startReleaseApi(int port) {
        return new SpringApplicationBuilder(ReleaseApiApplication.class)
                .run(arguments(
                        port,
                        "aviary.identity.admin-token=" + ReleaseApiIntegration.ADMIN_TOKEN,
                        "aviary.identity.admin-password=" + ReleaseApiIntegration.ADMIN_PASSWORD));
    }

    private ConfigurableApplicationContext startProbe(int port, int releaseApiPort) {
        return new SpringApplicationBuilder(AuditedProbeApplication.class)
                .run(arguments(
                        port,
                        "spring.application.name=audit-probe",
                        "spring.config.import=classpath:aviary-service-defaults.yml",
                        "aviary.service.schema=" + PROBE_SCHEMA,
                        // release-api's own migrations are on this test class path; the probe has none.
                        "spring.flyway.locations=classpath:db/probe-has-no-migrations",
                        "aviary.security.release-api-uri=http://127.0.0.1:" + releaseApiPort));
    }

    /** Command-line arguments, so they win over the services' own configuration as in production. */
    private static String[] arguments(int port, String... specific) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--spring.datasource.url=" + TestDatabase.instance().getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--aviary.security.internal-token=" + ReleaseApiIntegration.INTERNAL_TOKEN));
        for (String property : specific) {
            args.add("--" + property);
        }
        return args.toArray(String[]::new);
    }

    private static String note(String run, int i) {
        return "{\"text\":\"%s-%d\"}".formatted(run, i);
    }

    private static int outbox(String run) {
        return jdbc().queryForObject(
                        "select count(*) from " + PROBE_SCHEMA + ".audit_outbox where payload like ?",
                        Integer.class,
                        "%" + run + "%");
    }

    private static int chained(String run) {
        return jdbc().queryForObject(
                        "select count(*) from release_api.audit_events where target like ?",
                        Integer.class,
                        "note/" + run + "%");
    }

    private static JdbcTemplate jdbc() {
        return new JdbcTemplate(TestDatabase.instance().getPostgresDatabase());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
