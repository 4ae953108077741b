package dev.aviary.launcher;

import static java.time.Duration.ofSeconds;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One instance of the demo backend (deploy/lane-echo), registered in the platform's registry. */
final class LaneEchoProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");

    private final JavaProcess process;
    private final int port;

    private LaneEchoProcess(JavaProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static LaneEchoProcess start(Path repo, Path home, String service, String lane, String version) throws IOException {
        Path log = home.resolve("logs/lane-echo-" + service + "-" + version + ".log");
        Files.deleteIfExists(log);
        JavaProcess process = JavaProcess.start(
                repo.resolve("deploy/lane-echo/target/aviary-lane-echo.jar"),
                List.of("--service=" + service, "--lane=" + lane, "--version=" + version, "--registry=127.0.0.1:8848"),
                Map.of(),
                log);
        int port = await().atMost(ofSeconds(60)).until(() -> listeningPort(log, process), p -> p > 0);
        return new LaneEchoProcess(process, port);
    }

    int port() {
        return port;
    }

    private static int listeningPort(Path log, JavaProcess process) throws IOException {
        if (!process.isAlive()) {
            throw new AssertionError("lane-echo exited: " + Files.readString(log));
        }
        Matcher listening = LISTENING.matcher(Files.exists(log) ? Files.readString(log) : "");
        return listening.find() ? Integer.parseInt(listening.group(1)) : 0;
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
