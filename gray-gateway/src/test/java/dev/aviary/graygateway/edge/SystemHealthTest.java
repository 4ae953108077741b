package dev.aviary.graygateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.graygateway.edge.SystemHealth.ServiceHealth;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SystemHealthTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void isUpWhenEveryServiceIsUp() {
        var health = SystemHealth.of(NOW, List.of(service("gray-gateway", "UP"), service("release-api", "UP")));

        assertThat(health.status()).isEqualTo("UP");
    }

    @Test
    void isDegradedWhenAServiceIsUnknown() {
        var health = SystemHealth.of(NOW, List.of(service("gray-gateway", "UP"), service("release-api", "UNKNOWN")));

        assertThat(health.status()).isEqualTo("DEGRADED");
    }

    private static ServiceHealth service(String name, String status) {
        return new ServiceHealth(name, "http://127.0.0.1:1", status, 1, null);
    }
}
