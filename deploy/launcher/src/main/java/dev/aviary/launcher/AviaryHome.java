package dev.aviary.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local platform keeps its state ({@code AVIARY_HOME}, default {@code ~/.aviary}) and
 * where the built service jars are ({@code AVIARY_REPO}, the checkout {@code bin/aviary} runs from).
 */
record AviaryHome(Path root, Path repo) {

    static AviaryHome from(Map<String, String> environment) {
        Path root = environment.containsKey("AVIARY_HOME")
                ? Path.of(environment.get("AVIARY_HOME"))
                : Path.of(System.getProperty("user.home"), ".aviary");
        Path repo = Path.of(environment.getOrDefault("AVIARY_REPO", "."))
                .toAbsolutePath()
                .normalize();
        return new AviaryHome(root.toAbsolutePath().normalize(), repo);
    }

    Path logs() {
        return directory(root.resolve("logs"));
    }

    Path run() {
        return directory(root.resolve("run"));
    }

    /** Unpacked service jars and their class-data-sharing archives. */
    Path apps() {
        return directory(root.resolve("apps"));
    }

    Path postgresData() {
        return root.resolve("postgres");
    }

    Path pidFile() {
        return run().resolve("supervisor.pid");
    }

    Path stateFile() {
        return run().resolve("state.properties");
    }

    Path eventLog() {
        return logs().resolve("aviary.log");
    }

    Path serviceLog(String service) {
        return logs().resolve(service + ".log");
    }

    private static Path directory(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + path, e);
        }
    }
}
