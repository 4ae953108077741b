package dev.aviary.laneecho;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.aviary.devregistry.DevRegistry;
import dev.aviary.devregistry.RegistrySettings;
import dev.aviary.registryclient.Endpoint;
import dev.aviary.registryclient.LaneDirectory;
import dev.aviary.registryclient.RegistryConnection;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LaneEchoTest {

    private static DevRegistry registry;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startRegistry() throws IOException {
        registry = DevRegistry.start(new RegistrySettings("127.0.0.1", freePortPair()));
    }

    @AfterAll
    static void stopRegistry() {
        registry.close();
    }

    @Test
    void registersWithItsLaneAndDeregistersOnClose() throws Exception {
        try (RegistryConnection watcher = RegistryConnection.open(registry.serverAddr(), "", null)) {
            LaneDirectory demo = watcher.watch("echo-demo");
            LaneEcho gray = LaneEcho.start(
                    "--service=echo-demo", "--lane=gray", "--version=v2", "--registry=" + registry.serverAddr());
            try (LaneEcho v1 = LaneEcho.start("--service=echo-demo", "--registry=" + registry.serverAddr())) {
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                    assertThat(ports(demo.healthy("gray"))).containsExactly(gray.port());
                    assertThat(ports(demo.baseline())).containsExactly(v1.port());
                });
                gray.close();
                await().atMost(Duration.ofSeconds(20))
                        .untilAsserted(() -> assertThat(demo.healthy("gray")).isEmpty());
            }
        }
    }

    @Test
    void answersWhoItIsAndWhichLabelArrived() throws Exception {
        try (LaneEcho echo = LaneEcho.start("--service=echo", "--lane=gray", "--version=v2", "--registry=none")) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + echo.port() + "/orders/7"))
                            .header("x-aviary-lane", "gray")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .isEqualTo("{\"service\":\"echo\",\"lane\":\"gray\",\"version\":\"v2\",\"port\":" + echo.port()
                            + ",\"receivedLane\":\"gray\",\"path\":\"/orders/7\"}\n");
        }
    }

    @Test
    void answersTheStatusItIsAskedFor() throws Exception {
        try (LaneEcho echo = LaneEcho.start("--service=echo", "--registry=none")) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + echo.port() + "/x?status=503"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("\"receivedLane\":null");
        }
    }

    @Test
    void rejectsOptionsItDoesNotKnow() {
        assertThatThrownBy(() -> EchoSettings.parse("--service=a", "--colour=red"))
                .hasMessageStartingWith("unknown option --colour");
        assertThatThrownBy(() -> EchoSettings.parse("--lane=gray")).hasMessageStartingWith("--service is required");
        assertThatThrownBy(() -> EchoSettings.parse("--service=a", "--port=http"))
                .hasMessage("--port must be 0..65535, not 'http'");
    }

    private static List<Integer> ports(List<Endpoint> endpoints) {
        return endpoints.stream().map(Endpoint::port).toList();
    }

    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket http = new ServerSocket(0)) {
                int port = http.getLocalPort();
                if (port + RegistrySettings.GRPC_PORT_OFFSET > 65535) {
                    continue;
                }
                try (ServerSocket grpc = new ServerSocket(port + RegistrySettings.GRPC_PORT_OFFSET)) {
                    return port;
                } catch (IOException taken) {
                    // try another pair
                }
            }
        }
        throw new IOException("no free port pair");
    }
}
