package dev.aviary.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortGuardTest {

    @Test
    void aTakenPortIsReportedWithTheProcessHoldingIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();

            assertThat(PortGuard.conflicts(Map.of(port, "release-api")))
                    .singleElement()
                    .asString()
                    .startsWith("port " + port + " (needed by release-api) is already in use by pid "
                            + ProcessHandle.current().pid() + " ("
                            + ProcessHandle.current().info().command().orElseThrow());
        }
    }

    @Test
    void freePortsAreNoConflict() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }

        assertThat(PortGuard.conflicts(Map.of(port, "release-api"))).isEmpty();
    }
}
