package dev.aviary.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The long-running process behind {@code bin/aviary up}: starts PostgreSQL (unless an external one
 * is configured) and every service, restarts a service that dies, publishes the platform state,
 * and on SIGTERM ({@code bin/aviary down}) stops everything in order.
 */
final class Supervisor {

    private static final Duration TICK = Duration.ofMillis(250);
    private static final Duration STOP_GRACE = Duration.ofSeconds(60);

    private final AviaryHome home;
    private final DatabaseSettings database;
    private final EventLog events;
    private final Clock clock;
    private final List<SupervisedService> services = new ArrayList<>();
    private final Instant since;
    private final ArchiveTraining training;
    private EmbeddedDatabase embedded;
    private boolean stopping;
    private boolean trainingStarted;

    Supervisor(AviaryHome home, Map<String, String> environment, Clock clock) {
        this.home = home;
        this.database = DatabaseSettings.from(environment);
        this.events = new EventLog(home.eventLog(), clock);
        this.clock = clock;
        this.since = clock.instant();
        Map<String, String> serviceEnvironment = new HashMap<>(database.serviceEnvironment());
        serviceEnvironment.putAll(PlatformSecrets.of(home).serviceEnvironment(environment));
        serviceEnvironment.put("AVIARY_HOME", home.root().toString());
        HealthProbe probe = new HealthProbe();
        List<PlatformService> platform = PlatformService.all(home.repo());
        List<ServiceImage> images = platform.stream()
                .map(service -> new ServiceImage(service, home.apps()))
                .toList();
        // Unpacking the jars (first start after a build) is independent per service: do it side by side.
        List<List<String>> commands = images.parallelStream()
                .map(image -> ServiceCommand.of(image, environment))
                .toList();
        for (int i = 0; i < platform.size(); i++) {
            PlatformService service = platform.get(i);
            services.add(new SupervisedService(
                    service, commands.get(i), serviceEnvironment, home.serviceLog(service.name()), events, probe));
        }
        this.training = new ArchiveTraining(images, environment, serviceEnvironment, events);
    }

    void run() throws Exception {
        Files.writeString(home.pidFile(), String.valueOf(ProcessHandle.current().pid()));
        events.record("supervisor started (pid " + ProcessHandle.current().pid() + "), " + database.describe());
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "aviary-stop"));
        if (database.embedded()) {
            embedded =
                    EmbeddedDatabase.start(home.postgresData(), database.embeddedPort(), home.serviceLog("postgres"));
            events.record("PostgreSQL is ready, data in " + home.postgresData());
        }
        synchronized (this) {
            for (SupervisedService service : services) {
                service.launch(clock.instant());
            }
        }
        publish();
        while (tick()) {
            Thread.sleep(TICK.toMillis());
        }
    }

    private synchronized boolean tick() throws IOException {
        if (stopping) {
            return false;
        }
        boolean changed = false;
        for (SupervisedService service : services) {
            changed |= service.check(clock.instant());
        }
        if (changed) {
            publish();
            startTrainingOnceAllAreUp();
        }
        return true;
    }

    private void startTrainingOnceAllAreUp() {
        if (!trainingStarted
                && services.stream()
                        .allMatch(service -> service.snapshot().state().isServing())) {
            trainingStarted = true;
            Thread trainer = new Thread(training, "aviary-cds-training");
            trainer.setDaemon(true);
            trainer.start();
        }
    }

    private void stop() {
        synchronized (this) {
            stopping = true;
        }
        training.stop();
        events.record("stopping the platform");
        services.forEach(SupervisedService::requestStop);
        // One deadline for all: they stop side by side (and write their class-data archives meanwhile).
        Instant deadline = clock.instant().plus(STOP_GRACE);
        for (SupervisedService service : services) {
            try {
                service.awaitStop(Duration.between(clock.instant(), deadline));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeDatabase();
        publish();
        events.record("the platform is stopped");
        try {
            Files.deleteIfExists(home.pidFile());
        } catch (IOException e) {
            System.err.println("aviary: cannot remove " + home.pidFile() + ": " + e.getMessage());
        }
    }

    private void closeDatabase() {
        if (embedded != null) {
            try {
                embedded.close();
                events.record("PostgreSQL stopped");
            } catch (IOException e) {
                events.record("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }

    private void publish() {
        List<ServiceSnapshot> snapshots =
                services.stream().map(SupervisedService::snapshot).toList();
        new PlatformState(ProcessHandle.current().pid(), since, database.describe(), snapshots)
                .writeTo(home.stateFile());
    }
}
