package dev.aviary.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/aviary demo up | down} (and {@code bin/aviary up --demo}): the full-link gray demo beside
 * a running platform. Declares the lanes {@code gray} and {@code feature-x} and the traffic policy of
 * {@code demo-ingress}, then starts the {@link DemoInstance#FLEET} under the mesh agent and a business
 * ingress on {@value #INGRESS_PORT}. The demo talks to release-api with the installation's internal
 * token: it is a local demonstration, not a deployment recipe (docs/traffic.md has that).
 */
final class DemoCommand {

    static final int INGRESS_PORT = 9090;
    static final String INGRESS = "demo-ingress";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    static final String POLICY = """
            {"rules": [
              {"name": "testers", "lane": "gray", "when": {"header": "x-user-id", "in": ["1001", "1002"]}},
              {"name": "tail-7", "lane": "gray", "when": {"header": "x-user-id", "tailDigits": ["7"]}},
              {"name": "feature-x", "lane": "feature-x", "when": {"header": "x-feature", "equals": "x"}}
            ]}""";

    private final AviaryHome home;
    private final Map<String, String> environment;
    private final PrintStream out;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    DemoCommand(AviaryHome home, Map<String, String> environment, PrintStream out) {
        this.home = home;
        this.environment = environment;
        this.out = out;
    }

    int run(String action) throws Exception {
        return switch (action) {
            case "up" -> up();
            case "down" -> down();
            default -> {
                out.println("aviary: usage: bin/aviary demo up | down");
                yield 2;
            }
        };
    }

    int up() throws Exception {
        if (RunningSupervisor.of(home).isEmpty()) {
            out.println("aviary: the platform is not running; start it with: bin/aviary up --demo");
            return 3;
        }
        if (!running().isEmpty()) {
            out.println("The demo is already running (" + String.join(", ", running()) + "); nothing to do.");
            return 0;
        }
        List<Path> missing = new ArrayList<>();
        for (Path jar : List.of(agentJar(), demoJar(), gatewayJar())) {
            if (!Files.isRegularFile(jar)) {
                missing.add(jar);
            }
        }
        if (!missing.isEmpty()) {
            out.println("aviary: the demo needs " + missing + "; build them with ./mvnw -DskipTests install");
            return 2;
        }
        if (!PortGuard.isFree(INGRESS_PORT)) {
            out.println("aviary: port " + INGRESS_PORT + " (the demo ingress) is taken; nothing was started.");
            return 2;
        }
        String token = internalToken();
        declareLanesAndPolicy(token);
        out.println("Declared lanes gray and feature-x and the traffic policy of " + INGRESS + ".");
        try {
            for (DemoInstance instance : DemoInstance.FLEET) {
                start(instance.id(), demoCommand(instance), Map.of("AVIARY_CONTROL_PLANE_TOKEN", token));
            }
            start(INGRESS, ingressCommand(), Map.of("AVIARY_INTERNAL_TOKEN", token));
        } catch (IOException failed) {
            // No half-started demo: what did start is stopped again.
            down();
            out.println("aviary: the demo could not start (" + failed.getMessage() + ")");
            return 1;
        }
        awaitReady();
        out.println("""

                The demo is up: A -> B -> C, B and C also in lane gray (v2), C also in lane feature-x (v3).
                  curl localhost:%1$d/hop                      # baseline: demo-a@v1 > demo-b@v1 > demo-c@v1
                  curl -H 'x-user-id: 1001' localhost:%1$d/hop  # a tester: gray all the way (v1 A, v2 B, v2 C)
                  curl -H 'x-user-id: 27' localhost:%1$d/hop    # tail-7 users are gray too
                  curl -H 'x-feature: x' localhost:%1$d/hop     # feature-x: B falls back to v1, C is v3
                Watch it under Traffic & Lanes (gateway %2$s). Logs: %3$s/demo-*.log. Stop it: bin/aviary demo down""".formatted(INGRESS_PORT, INGRESS, home.logs()));
        return 0;
    }

    int down() throws InterruptedException {
        List<String> stopped = new ArrayList<>();
        for (Path pidFile : pidFiles()) {
            String name = pidFile.getFileName().toString().replace(".pid", "");
            Optional<ProcessHandle> process = demoProcess(pidFile);
            if (process.isPresent()) {
                process.get().destroy();
                try {
                    process.get().onExit().get(20, TimeUnit.SECONDS);
                } catch (Exception slow) {
                    process.get().destroyForcibly();
                }
                stopped.add(name);
            }
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // a stale pid file is harmless: its process is checked before use
            }
        }
        out.println(
                stopped.isEmpty()
                        ? "The demo is not running."
                        : "Stopped the demo: " + String.join(", ", stopped) + ".");
        return 0;
    }

    /** {@code bin/aviary down} stops the demo first: its JVMs would otherwise outlive the platform. */
    void stopIfRunning() throws InterruptedException {
        if (!running().isEmpty()) {
            down();
        }
    }

    /** The demo processes that are alive. */
    List<String> running() {
        List<String> alive = new ArrayList<>();
        for (Path pidFile : pidFiles()) {
            if (demoProcess(pidFile).isPresent()) {
                alive.add(pidFile.getFileName().toString().replace(".pid", ""));
            }
        }
        return alive;
    }

    private void declareLanesAndPolicy(String token) throws IOException, InterruptedException {
        put("/api/v1/lanes/gray", "{\"description\": \"the demo's v2 of demo-b and demo-c\"}", token);
        put("/api/v1/lanes/feature-x", "{\"description\": \"the demo's v3 of demo-c\"}", token);
        put("/api/v1/traffic-policies/" + INGRESS, POLICY, token);
    }

    /** PUTs to release-api, waiting up to a minute while it is (re)starting. */
    private void put(String path, String body, String token) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                HttpResponse<String> response = send(path, body, token);
                if (response.statusCode() < 500 || System.nanoTime() > deadline) {
                    if (response.statusCode() >= 300) {
                        throw new IOException(
                                "PUT " + path + " answered " + response.statusCode() + ": " + response.body());
                    }
                    return;
                }
            } catch (java.net.ConnectException | java.net.http.HttpTimeoutException unavailable) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("release-api did not answer PUT " + path + " within 60 s", unavailable);
                }
            }
            Thread.sleep(1000);
        }
    }

    private HttpResponse<String> send(String path, String body, String token) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:8081" + path))
                        .timeout(Duration.ofSeconds(10))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<String> demoCommand(DemoInstance instance) {
        List<String> command = new ArrayList<>(List.of(
                java(),
                "-Xmx128m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-javaagent:" + agentJar(),
                "-Daviary.application=" + instance.service(),
                "-Daviary.version=" + instance.version(),
                "-Daviary.control-plane.url=http://127.0.0.1:8081",
                "-Daviary.agent.cache-dir=" + home.root().resolve("demo"),
                "-Ddemo.service=" + instance.service(),
                "-Ddemo.calls=" + instance.calls(),
                "-Ddemo.call-mode=" + instance.callMode(),
                "-Ddemo.registry=127.0.0.1:8848",
                "-DJM.SNAPSHOT.PATH=" + home.root().resolve("demo/nacos"),
                "-DJM.LOG.PATH=" + home.logs().resolve("nacos")));
        if (instance.lane() != null) {
            command.add("-Daviary.lane=" + instance.lane());
        }
        command.addAll(List.of("-jar", demoJar().toString()));
        return command;
    }

    private List<String> ingressCommand() {
        return List.of(
                java(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-jar",
                gatewayJar().toString(),
                "--spring.config.additional-location=file:" + home.repo().resolve("deploy/ingress/demo-ingress.yml"));
    }

    private void start(String name, List<String> command, Map<String, String> extraEnvironment) throws IOException {
        Path log = home.logs().resolve(name + ".log");
        Files.deleteIfExists(log);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(extraEnvironment);
        Process process = builder.start();
        Files.writeString(demoDirectory().resolve(name + ".pid"), Long.toString(process.pid()));
    }

    /** Every demo JVM printed its ready line and the ingress routes a tester to the gray lane end to end. */
    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            List<String> dead = new ArrayList<>();
            for (Path pidFile : pidFiles()) {
                if (demoProcess(pidFile).isEmpty()) {
                    dead.add(pidFile.getFileName().toString().replace(".pid", ""));
                }
            }
            if (!dead.isEmpty()) {
                down();
                throw new IllegalStateException("the demo's " + dead + " stopped; see " + home.logs() + "/demo-*.log");
            }
            if (answersGrayEndToEnd()) {
                return;
            }
            Thread.sleep(500);
        }
        down();
        throw new IllegalStateException("the demo was not ready within " + READY_TIMEOUT.toSeconds() + " s; see "
                + home.logs() + "/demo-*.log");
    }

    private boolean answersGrayEndToEnd() {
        try {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + INGRESS_PORT + "/hop"))
                            .timeout(Duration.ofSeconds(5))
                            .header("x-user-id", "1001")
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return answer.statusCode() == 200 && answer.body().contains("demo-c@v2[gray]");
        } catch (IOException | InterruptedException notYet) {
            return false;
        }
    }

    private Optional<ProcessHandle> demoProcess(Path pidFile) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            // A recycled pid belongs to something else: only a java process of ours counts.
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info()
                            .commandLine()
                            .map(line -> line.contains("java"))
                            .orElse(false));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private List<Path> pidFiles() {
        try (var files = Files.list(demoDirectory())) {
            return files.filter(file -> file.toString().endsWith(".pid"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private Path demoDirectory() {
        Path directory = home.root().resolve("demo");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return directory;
    }

    private String internalToken() throws IOException {
        String configured = environment.get(PlatformSecrets.INTERNAL_TOKEN);
        return configured != null
                ? configured
                : Files.readString(home.root().resolve("secrets/internal-token"))
                        .trim();
    }

    private String java() {
        String javaHome = environment.get("AVIARY_DEMO_JAVA_HOME");
        return javaHome != null && !javaHome.isBlank()
                ? Path.of(javaHome, "bin", "java").toString()
                : ProcessHandle.current().info().command().orElse("java");
    }

    private Path agentJar() {
        return home.repo().resolve("mesh-agent/target/aviary-mesh-agent.jar");
    }

    private Path demoJar() {
        return home.repo().resolve("deploy/lane-demo/target/aviary-lane-demo.jar");
    }

    private Path gatewayJar() {
        return home.repo().resolve("gray-gateway/target/gray-gateway.jar");
    }
}
