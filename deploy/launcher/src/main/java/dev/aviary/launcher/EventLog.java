package dev.aviary.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The supervisor's own log of what happened to the platform: starts, exits, restarts, stops. */
final class EventLog {

    private final Path file;
    private final Clock clock;

    EventLog(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    synchronized void record(String event) {
        String line = clock.instant().truncatedTo(ChronoUnit.MILLIS) + " " + event + System.lineSeparator();
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("aviary: cannot write the event log " + file + ": " + e.getMessage());
        }
    }

    static List<String> tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of();
        }
    }
}
