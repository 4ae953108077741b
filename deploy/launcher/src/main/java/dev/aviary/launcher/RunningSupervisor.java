package dev.aviary.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/** The supervisor process of this {@code AVIARY_HOME}, if one is alive. */
final class RunningSupervisor {

    private RunningSupervisor() {}

    static Optional<ProcessHandle> of(AviaryHome home) {
        try {
            if (!Files.exists(home.pidFile())) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(home.pidFile()).trim());
            // A pid left behind by a crashed supervisor may have been reused by an unrelated process.
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info()
                            .commandLine()
                            .map(line -> line.contains("supervise") && line.contains("aviary-launcher"))
                            .orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
