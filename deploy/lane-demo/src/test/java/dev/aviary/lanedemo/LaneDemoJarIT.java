package dev.aviary.lanedemo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.alibaba.nacos.api.naming.NamingFactory;
import com.alibaba.nacos.api.naming.NamingService;
import dev.aviary.devregistry.DevRegistry;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shaded jar as the launcher runs it: settings from -D and the environment, one ready line, SIGTERM. */
class LaneDemoJarIT {

    private static final Path JAR = Path.of(System.getProperty("aviary.lane-demo.jar", "target/aviary-lane-demo.jar"));
    private static final Pattern READY = Pattern.compile("lane-demo (\\S+) ready on port (\\d+)");

    private final List<Running> started = new ArrayList<>();
    private DevRegistry registry;

    @BeforeEach
    void startRegistry() throws Exception {
        registry = TestRegistry.start();
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Running running : started) {
            running.process.destroyForcibly();
            running.process.waitFor(10, TimeUnit.SECONDS);
        }
        registry.close();
    }

    @Test
    void twoJarsAnswerAsAChainPrintOneReadyLineAndDeregisterOnSigterm() throws Exception {
        assertThat(JAR).exists();
        Running c = launch(List.of("-Ddemo.service=demo-c", "-Daviary.version=v7"), Map.of());
        Running b = launch(
                List.of("-Ddemo.service=demo-b", "-Ddemo.call-mode=pool-async"),
                Map.of("DEMO_SERVICE", "ignored", "DEMO_CALLS", "demo-c", "DEMO_VERSION", "v2"));

        assertThat(c.output)
                .filteredOn(line -> line.contains("ready"))
                .containsExactly("lane-demo demo-c ready on port " + c.port);
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + b.port + "/hop"))
                                .header("x-aviary-lane", "gray")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("demo-b@v2[gray] > demo-c@v7[-]");

        NamingService watcher = NamingFactory.createNamingService(registry.serverAddr());
        try {
            assertThat(watcher.getAllInstances("demo-c", false)).hasSize(1);

            // SIGTERM, as the launcher stops it (through the handle: Process.destroy would close our pipes)
            c.process.toHandle().destroy();

            assertThat(c.process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() ->
                            assertThat(watcher.getAllInstances("demo-c", false)).isEmpty());
        } finally {
            watcher.shutDown();
        }
    }

    @Test
    void refusesToStartWithoutAServiceNameWithExitCodeTwo() throws Exception {
        Process process = new ProcessBuilder(java(), "-jar", JAR.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("demo.service (DEMO_SERVICE) is required");
    }

    private Running launch(List<String> options, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.add("-Ddemo.registry=" + registry.serverAddr());
        command.add("-DJM.SNAPSHOT.PATH=" + System.getProperty("JM.SNAPSHOT.PATH", "target/nacos-client"));
        command.add("-DJM.LOG.PATH=" + System.getProperty("JM.LOG.PATH", "target/nacos-client/logs"));
        command.addAll(options);
        command.add("-jar");
        command.add(JAR.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("DEMO_") || name.startsWith("AVIARY_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.add(line);
                }
            } catch (IOException e) {
                output.add("<output lost: " + e + ">");
            }
        });
        reader.setDaemon(true);
        reader.start();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !process.isAlive()
                        || output.stream().anyMatch(line -> READY.matcher(line).matches()));
        assertThat(process.isAlive()).as("started: %s", output).isTrue();
        Matcher ready = output.stream()
                .map(READY::matcher)
                .filter(Matcher::matches)
                .findFirst()
                .orElseThrow();
        Running running = new Running(process, Integer.parseInt(ready.group(2)), output);
        started.add(running);
        return running;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private record Running(Process process, int port, List<String> output) {}
}
