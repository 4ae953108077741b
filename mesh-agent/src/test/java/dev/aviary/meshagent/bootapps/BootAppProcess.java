package dev.aviary.meshagent.bootapps;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One Spring Boot fat jar of {@code src/it/boot-apps} running as {@code java -javaagent:... -jar app.jar} on a
 * random loopback port. Its output is read as it comes (the port is announced by the application's ready
 * line) and written to {@code target/it-apps/logs/<name>.log} when it stops.
 */
public final class BootAppProcess {

    private static final String READY = "relay application ready on port ";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final String name;
    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();

    private BootAppProcess(String name, Process process) {
        this.name = name;
        this.process = process;
    }

    /** Starts {@code jar} and returns at once; {@link #awaitReady()} waits for the web server. */
    public static BootAppProcess start(
            String name, Path javaHome, Path agent, Path jar, List<String> jvmOptions, String downstreamUrl)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin/java").toString());
        command.add("-javaagent:" + agent.toAbsolutePath());
        // Several Boot JVMs start at once on a shared 2-core machine: C1 only and the serial collector.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.add("--server.address=127.0.0.1");
        command.add("--server.port=0");
        command.add("--relay.downstream=" + downstreamUrl);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BootAppProcess app = new BootAppProcess(name, process);
        Thread reader = new Thread(app::readOutput, "output of " + name);
        reader.setDaemon(true);
        reader.start();
        return app;
    }

    private void readOutput() {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
                if (line.startsWith(READY)) {
                    port.complete(
                            Integer.parseInt(line.substring(READY.length()).split(" ", 2)[0]));
                }
            }
        } catch (IOException | RuntimeException failure) {
            port.completeExceptionally(failure);
        }
        port.completeExceptionally(new IllegalStateException(name + " stopped before it was ready"));
    }

    public String name() {
        return name;
    }

    /**
     * Waits until the application has started its web server. The bound is only there so that a hung JVM
     * cannot hang the build: it is far above a start even on a loaded machine.
     */
    public BootAppProcess awaitReady() {
        try {
            port.get(5, TimeUnit.MINUTES);
            return this;
        } catch (ExecutionException | TimeoutException failure) {
            throw new AssertionError(name + " did not start: " + failure + "\n" + output, failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    /** Everything the JVM printed so far (the agent's lines and the application's log). */
    public String output() {
        return output.toString();
    }

    /**
     * Sends {@code GET /relay}, labelled with {@code lane} ({@code null}: no label), and returns what the
     * downstream service saw on each path ({@code direct}, {@code async}, {@code executor}).
     */
    public Map<String, String> relay(String lane) throws IOException, InterruptedException {
        return get("/relay", lane);
    }

    /**
     * Sends {@code GET pathAndQuery}, labelled with {@code lane} ({@code null}: no label), and returns the answer's
     * {@code key=value} lines in their order; anything but a 200 fails the test with the application's output.
     */
    public Map<String, String> get(String pathAndQuery, String lane) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port.join() + pathAndQuery))
                .timeout(Duration.ofMinutes(1));
        if (lane != null) {
            request.header("x-aviary-lane", lane);
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(
                    name + " answered " + response.statusCode() + ": " + response.body() + "\n" + output);
        }
        Map<String, String> seen = new LinkedHashMap<>();
        response.body().lines().map(line -> line.split("=", 2)).forEach(pair -> seen.put(pair[0], pair[1]));
        return seen;
    }

    /**
     * Waits until the JVM has printed a line containing {@code text} (bounded so that a hung JVM cannot hang the
     * build) and returns that line.
     */
    public String awaitLine(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            String line = output.toString()
                    .lines()
                    .filter(l -> l.contains(text))
                    .findFirst()
                    .orElse(null);
            if (line != null) {
                return line;
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(name + " never printed '" + text + "'\n" + output);
    }

    /**
     * Stops the JVM (SIGTERM, then killed if it does not exit) and keeps its output in {@code logs}, with the
     * CPU time it used before it was stopped (start-up and the test's requests).
     */
    public void stop(Path logs) {
        String cpu = process.toHandle()
                .info()
                .totalCpuDuration()
                .map(used -> String.format("%.1f s", used.toMillis() / 1000.0))
                .orElse("unknown");
        System.out.println(name + " used " + cpu + " of CPU");
        output.append("(test) CPU time used: ").append(cpu).append('\n');
        process.destroy();
        try {
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Files.createDirectories(logs);
            Files.writeString(logs.resolve(name + ".log"), output);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }
}
