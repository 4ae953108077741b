package dev.aviary.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformStateTest {

    @Test
    void whatTheSupervisorWritesIsWhatStatusReads(@TempDir Path run) {
        PlatformState written = new PlatformState(
                42,
                Instant.parse("2026-11-26T12:00:00Z"),
                "embedded PostgreSQL on 127.0.0.1:15432",
                List.of(
                        new ServiceSnapshot(
                                "release-api",
                                8081,
                                ServiceState.UP,
                                1234,
                                Instant.parse("2026-11-26T12:00:01Z"),
                                23_400,
                                1,
                                "release-api is UP after 23.4 s (restart #1)"),
                        new ServiceSnapshot("k8s-deployer", 8086, ServiceState.RESTARTING, 0, null, -1, 0, "")));
        Path file = run.resolve("state.properties");

        written.writeTo(file);

        assertThat(PlatformState.readFrom(file)).contains(written);
        assertThat(written.allUp()).isFalse();
    }

    @Test
    void noFileMeansNoState(@TempDir Path run) {
        assertThat(PlatformState.readFrom(run.resolve("state.properties"))).isEmpty();
    }
}
