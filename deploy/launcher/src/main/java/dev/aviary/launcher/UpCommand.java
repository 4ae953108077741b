package dev.aviary.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code bin/aviary up}: checks that nothing is in the way, starts the supervisor in the
 * background, and returns once every service is UP, printing each with its start time.
 */
final class UpCommand {

    static final int CANNOT_START = 2;
    static final int DID_NOT_COME_UP = 1;

    private final AviaryHome home;
    private final Map<String, String> environment;
    private final PrintStream out;
    private final Duration timeout;

    UpCommand(AviaryHome home, Map<String, String> environment, PrintStream out) {
        this.home = home;
        this.environment = environment;
        this.out = out;
        this.timeout = Duration.ofSeconds(EnvironmentNumber.read(environment, "AVIARY_UP_TIMEOUT", 240, 10, 3600));
    }

    int run() throws Exception {
        if (RunningSupervisor.of(home).isPresent()) {
            out.println("Aviary is already up; nothing to do.");
            return new StatusCommand(home, out).run();
        }
        List<PlatformService> services = PlatformService.all(home.repo());
        Optional<Path> missingJar = services.stream()
                .map(PlatformService::jar)
                .filter(jar -> !Files.isRegularFile(jar))
                .findFirst();
        if (missingJar.isPresent()) {
            out.println("aviary: " + missingJar.get() + " is not built; run ./mvnw -DskipTests package first.");
            return CANNOT_START;
        }
        List<String> conflicts = PortGuard.conflicts(portsNeeded(services));
        if (!conflicts.isEmpty()) {
            conflicts.forEach(conflict -> out.println("aviary: " + conflict));
            out.println(
                    "Nothing was started. Free the port(s) above, or stop what holds them, and run bin/aviary up again.");
            return CANNOT_START;
        }
        Files.deleteIfExists(home.stateFile());
        PlatformSecrets secrets = PlatformSecrets.of(home);
        secrets.prepareFirstAdmin(environment);
        long started = System.nanoTime();
        Process supervisor = startSupervisor();
        out.println("Starting Aviary (" + DatabaseSettings.from(environment).describe() + ", AVIARY_HOME " + home.root()
                + ")");
        boolean up = awaitEveryService(supervisor, started);
        if (!up) {
            return DID_NOT_COME_UP;
        }
        out.printf("%nAviary is up in %s. Console: http://localhost:8080%n", Seconds.of(elapsedMillis(started)));
        secrets.firstAdminPassword()
                .ifPresent(password -> out.printf(
                        "%nSign in as admin with the password %s%n"
                                + "It was generated for this first start and is not shown again: keep it, or change it in the"
                                + " console.%n",
                        password));
        secrets.forgetFirstAdminPassword();
        return 0;
    }

    private Map<Integer, String> portsNeeded(List<PlatformService> services) {
        Map<Integer, String> ports = new LinkedHashMap<>();
        services.forEach(service -> {
            ports.put(service.port(), service.name());
            service.otherPorts().forEach(port -> ports.put(port, service.name()));
        });
        DatabaseSettings database = DatabaseSettings.from(environment);
        if (database.embedded()) {
            ports.put(database.embeddedPort(), "the embedded PostgreSQL");
        }
        return ports;
    }

    private Process startSupervisor() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String launcherJar = Path.of(AviaryCommand.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath())
                .toString();
        // setsid: the platform outlives this terminal and a Ctrl-C typed into it.
        return new ProcessBuilder(
                        "setsid", java, "-Xmx256m", "-cp", launcherJar, AviaryCommand.class.getName(), "supervise")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        home.logs().resolve("supervisor.out").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
    }

    private boolean awaitEveryService(Process supervisor, long started) throws Exception {
        Set<String> reported = new HashSet<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<PlatformState> state = PlatformState.readFrom(home.stateFile());
            state.ifPresent(current -> reportNewlyUp(current, reported));
            if (state.map(PlatformState::allUp).orElse(false)) {
                return true;
            }
            if (!supervisor.isAlive() && RunningSupervisor.of(home).isEmpty()) {
                out.println("aviary: the supervisor stopped while starting; its output:");
                EventLog.tail(home.logs().resolve("supervisor.out"), 30).forEach(line -> out.println("  " + line));
                return false;
            }
            Thread.sleep(200);
        }
        out.println("aviary: not every service was UP within " + timeout.toSeconds()
                + " s (AVIARY_UP_TIMEOUT); stopping what started.");
        PlatformState.readFrom(home.stateFile()).ifPresent(this::explainWhoIsNotUp);
        new DownCommand(home, out).run();
        return false;
    }

    private void reportNewlyUp(PlatformState state, Set<String> reported) {
        for (ServiceSnapshot service : state.services()) {
            if (service.state().isServing() && reported.add(service.name())) {
                out.printf(
                        "  %-16s UP in %-8s http://localhost:%d%n",
                        service.name(), Seconds.of(service.readyMillis()), service.port());
            }
        }
    }

    private void explainWhoIsNotUp(PlatformState state) {
        for (ServiceSnapshot service : state.services()) {
            if (!service.state().isServing()) {
                out.println("  " + service.name() + " is " + service.state() + "; last lines of its log:");
                EventLog.tail(home.serviceLog(service.name()), 15).forEach(line -> out.println("    " + line));
            }
        }
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
