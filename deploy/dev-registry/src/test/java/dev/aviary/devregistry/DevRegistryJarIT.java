package dev.aviary.devregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.alibaba.nacos.api.NacosFactory;
import com.alibaba.nacos.api.naming.NamingService;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The executable jar as a supervisor runs it: one ready line, health, a real client, a clean stop. */
class DevRegistryJarIT {

    private static final Path JAR =
            Path.of(System.getProperty("aviary.registry.jar", "target/aviary-dev-registry.jar"));

    private final List<Running> started = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Running running : started) {
            running.process.destroyForcibly();
            running.process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void jarPrintsOneReadyLineAnswersHealthServesClientsAndStopsOnSigterm() throws Exception {
        assertThat(JAR).exists();
        Running registry = startOnFreePort();
        assertThat(registry.output)
                .filteredOn(line -> line.contains("ready"))
                .singleElement()
                .asString()
                .contains("aviary dev-registry ready: http://127.0.0.1:" + registry.port)
                .contains("gRPC 127.0.0.1:" + (registry.port + 1000));

        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + registry.port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");

        NamingService naming = NacosFactory.createNamingService("127.0.0.1:" + registry.port);
        try {
            naming.registerInstance("jar-check", "10.8.0.1", 8080);
            assertThat(naming.getAllInstances("jar-check", false)).hasSize(1);
        } finally {
            naming.shutDown();
        }

        // SIGTERM, as bin/aviary down sends (through the handle: Process.destroy would close our pipes)
        registry.process.toHandle().destroy();
        assertThat(registry.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(registry.output).anyMatch(line -> line.contains("stopped")));
    }

    @Test
    void takenPortIsRefusedWithAMessageNamingItAndExitCodeOne() throws Exception {
        Running first = startOnFreePort();

        Running second = launch(first.port);

        assertThat(second.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second.process.exitValue()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(second.output)
                        .anyMatch(line -> line.contains("cannot listen for gRPC on 127.0.0.1:" + (first.port + 1000))
                                && line.contains("AVIARY_REGISTRY_PORT")));
    }

    private Running startOnFreePort() throws Exception {
        for (int attempt = 0; attempt < 10; attempt++) {
            Running running = launch(TestRegistry.randomPort());
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !running.process.isAlive()
                            || running.output.stream().anyMatch(l -> l.contains("ready")));
            if (running.process.isAlive()) {
                return running;
            }
        }
        throw new IllegalStateException("no free port pair found");
    }

    private Running launch(int port) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-jar", JAR.toString(), "--port", Integer.toString(port))
                .redirectErrorStream(true)
                .start();
        Running running = new Running(process, port, new CopyOnWriteArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    running.output.add(line);
                }
            } catch (IOException e) {
                running.output.add("<output lost: " + e + ">");
            }
        });
        reader.setDaemon(true);
        reader.start();
        started.add(running);
        return running;
    }

    private record Running(Process process, int port, List<String> output) {}
}
