package dev.aviary.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One service under supervision: its process, its state and its restart history. The supervisor
 * calls {@link #check} on every tick; all decisions about this one service are made here.
 */
final class SupervisedService {

    private static final Duration PROBE_WHILE_STARTING = Duration.ofMillis(500);
    private static final Duration PROBE_WHILE_UP = Duration.ofSeconds(5);
    private static final Duration STABLE_AFTER = Duration.ofSeconds(60);
    /** How long a service may fail both its health and its liveness before it counts as hung. */
    private static final Duration HUNG_AFTER = Duration.ofSeconds(30);

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final long MAX_LOG_BYTES = 20L * 1024 * 1024;

    private final PlatformService service;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private final EventLog events;
    private final HealthProbe probe;

    private Process process;
    private ServiceState state = ServiceState.STOPPED;
    private Instant startedAt;
    private Instant upSince;
    private Instant unhealthySince;
    private Instant nextProbe = Instant.EPOCH;
    private Instant restartAt;
    private long readyMillis = -1;
    private int restarts;
    private int crashesInARow;
    private String lastEvent = "";

    SupervisedService(
            PlatformService service,
            List<String> command,
            Map<String, String> environment,
            Path log,
            EventLog events,
            HealthProbe probe) {
        this.service = service;
        this.command = command;
        this.environment = environment;
        this.log = log;
        this.events = events;
        this.probe = probe;
    }

    void launch(Instant now) throws IOException {
        rotateLog();
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        state = ServiceState.STARTING;
        startedAt = now;
        upSince = null;
        readyMillis = -1;
        nextProbe = now;
        events.record(service.name() + " started (pid " + process.pid() + ")");
    }

    /** Advances this service by one supervisor tick; returns whether anything visible changed. */
    boolean check(Instant now) throws IOException {
        if (state == ServiceState.STOPPED) {
            return false;
        }
        if (state == ServiceState.RESTARTING) {
            if (now.isBefore(restartAt)) {
                return false;
            }
            restarts++;
            launch(now);
            return true;
        }
        if (!process.isAlive()) {
            scheduleRestart(now);
            return true;
        }
        if (now.isBefore(nextProbe)) {
            return false;
        }
        boolean healthy = probe.isUp(service);
        nextProbe = now.plus(state == ServiceState.STARTING ? PROBE_WHILE_STARTING : PROBE_WHILE_UP);
        if (healthy) {
            return becameUp(now);
        }
        return state == ServiceState.UNHEALTHY ? stopIfHung(now) : becameUnhealthy(now);
    }

    /**
     * Unhealthy is not enough to restart: a service whose database is down is unhealthy and would
     * come back the same. Only one that also fails its liveness probe for a while is hung.
     */
    private boolean stopIfHung(Instant now) {
        if (Duration.between(unhealthySince, now).compareTo(HUNG_AFTER) < 0 || probe.isLive(service)) {
            return false;
        }
        note(service.name() + " (pid " + process.pid() + ") failed its liveness probe for "
                + Seconds.of(Duration.between(unhealthySince, now).toMillis()) + "; killing it");
        process.destroyForcibly();
        return true;
    }

    private boolean becameUp(Instant now) {
        if (state == ServiceState.UP) {
            return false;
        }
        if (state == ServiceState.STARTING) {
            readyMillis = Duration.between(startedAt, now).toMillis();
            note(service.name() + " is UP after " + Seconds.of(readyMillis)
                    + (restarts == 0 ? "" : " (restart #" + restarts + ")"));
        } else {
            note(service.name() + " is healthy again");
        }
        state = ServiceState.UP;
        upSince = now;
        return true;
    }

    private boolean becameUnhealthy(Instant now) {
        if (state != ServiceState.UP) {
            return false;
        }
        state = ServiceState.UNHEALTHY;
        unhealthySince = now;
        note(service.name() + " stopped answering UP on " + service.healthUrl());
        return true;
    }

    private void scheduleRestart(Instant now) {
        boolean wasStable = upSince != null && Duration.between(upSince, now).compareTo(STABLE_AFTER) >= 0;
        crashesInARow = wasStable ? 1 : crashesInARow + 1;
        Duration backoff = backoff(crashesInARow);
        restartAt = now.plus(backoff);
        state = ServiceState.RESTARTING;
        note(service.name() + " (pid " + process.pid() + ") exited with code " + process.exitValue() + " after "
                + Seconds.of(Duration.between(startedAt, now).toMillis()) + "; restarting in "
                + Seconds.of(backoff.toMillis()) + " (restart #" + (restarts + 1) + ")");
    }

    static Duration backoff(int crashesInARow) {
        long seconds = 1L << Math.min(Math.max(crashesInARow - 1, 0), 5);
        Duration backoff = Duration.ofSeconds(seconds);
        return backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
    }

    /** Asks the process to stop (SIGTERM: Spring shuts down gracefully); see {@link #awaitStop}. */
    void requestStop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    void awaitStop(Duration grace) throws InterruptedException {
        if (process != null && !process.waitFor(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
        if (state != ServiceState.STOPPED) {
            state = ServiceState.STOPPED;
            note(service.name() + " stopped");
        }
    }

    ServiceSnapshot snapshot() {
        long pid = process != null && process.isAlive() ? process.pid() : 0;
        return new ServiceSnapshot(
                service.name(), service.port(), state, pid, startedAt, readyMillis, restarts, lastEvent);
    }

    private void note(String event) {
        lastEvent = event;
        events.record(event);
    }

    private void rotateLog() throws IOException {
        if (Files.exists(log) && Files.size(log) > MAX_LOG_BYTES) {
            Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
