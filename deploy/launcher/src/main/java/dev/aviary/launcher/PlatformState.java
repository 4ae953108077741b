package dev.aviary.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The supervisor's view of the platform, written to {@code run/state.properties} after every
 * change (atomically: a reader never sees half a file) and read by {@code up} and {@code status}.
 */
record PlatformState(long supervisorPid, Instant since, String database, List<ServiceSnapshot> services) {

    boolean allUp() {
        return !services.isEmpty()
                && services.stream().allMatch(service -> service.state().isServing());
    }

    void writeTo(Path file) {
        Properties properties = new Properties();
        properties.setProperty("supervisor.pid", String.valueOf(supervisorPid));
        properties.setProperty("supervisor.since", since.toString());
        properties.setProperty("database", database);
        properties.setProperty(
                "services",
                String.join(",", services.stream().map(ServiceSnapshot::name).toList()));
        for (ServiceSnapshot service : services) {
            String key = "service." + service.name() + ".";
            properties.setProperty(key + "port", String.valueOf(service.port()));
            properties.setProperty(key + "state", service.state().name());
            properties.setProperty(key + "pid", String.valueOf(service.pid()));
            properties.setProperty(key + "startedAt", String.valueOf(service.startedAt()));
            properties.setProperty(key + "readyMillis", String.valueOf(service.readyMillis()));
            properties.setProperty(key + "restarts", String.valueOf(service.restarts()));
            properties.setProperty(key + "lastEvent", service.lastEvent());
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary)) {
            properties.store(writer, "Aviary platform state, written by the supervisor");
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    static Optional<PlatformState> readFrom(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            return Optional.empty();
        }
        List<ServiceSnapshot> services = new ArrayList<>();
        for (String name : properties.getProperty("services", "").split(",")) {
            if (name.isBlank()) {
                continue;
            }
            String key = "service." + name + ".";
            String startedAt = properties.getProperty(key + "startedAt", "null");
            services.add(new ServiceSnapshot(
                    name,
                    Integer.parseInt(properties.getProperty(key + "port", "0")),
                    ServiceState.valueOf(properties.getProperty(key + "state", "STOPPED")),
                    Long.parseLong(properties.getProperty(key + "pid", "0")),
                    "null".equals(startedAt) ? null : Instant.parse(startedAt),
                    Long.parseLong(properties.getProperty(key + "readyMillis", "-1")),
                    Integer.parseInt(properties.getProperty(key + "restarts", "0")),
                    properties.getProperty(key + "lastEvent", "")));
        }
        return Optional.of(new PlatformState(
                Long.parseLong(properties.getProperty("supervisor.pid", "0")),
                Instant.parse(properties.getProperty("supervisor.since", Instant.EPOCH.toString())),
                properties.getProperty("database", ""),
                services));
    }
}
