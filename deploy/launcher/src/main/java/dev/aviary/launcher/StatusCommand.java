package dev.aviary.launcher;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** {@code bin/aviary status}: exit 0 when the platform runs (whatever its health), 3 when it does not. */
final class StatusCommand {

    static final int NOT_RUNNING = 3;
    private static final String ROW = "%-16s %-11s %-5s %-8s %-21s %-9s %-8s %s%n";

    private final AviaryHome home;
    private final PrintStream out;

    StatusCommand(AviaryHome home, PrintStream out) {
        this.home = home;
        this.out = out;
    }

    int run() {
        if (RunningSupervisor.of(home).isEmpty()) {
            out.println("Aviary is not running (AVIARY_HOME " + home.root() + "). Start it with: bin/aviary up");
            return NOT_RUNNING;
        }
        PlatformState.readFrom(home.stateFile())
                .ifPresentOrElse(
                        this::print,
                        () -> out.println("Aviary is starting: the supervisor has not published its state yet."));
        return 0;
    }

    private void print(PlatformState state) {
        out.printf(
                "Aviary is running since %s (supervisor pid %d), %s: %s%n",
                state.since().truncatedTo(ChronoUnit.SECONDS),
                state.supervisorPid(),
                state.database(),
                state.allUp() ? "every service is UP" : "NOT every service is UP");
        out.printf(ROW, "SERVICE", "STATE", "PORT", "PID", "STARTED", "READY IN", "RESTARTS", "LAST EVENT");
        for (ServiceSnapshot service : state.services()) {
            out.printf(
                    ROW,
                    service.name(),
                    service.state(),
                    service.port(),
                    service.pid() == 0 ? "-" : service.pid(),
                    service.startedAt() == null
                            ? "-"
                            : DateTimeFormatter.ISO_INSTANT.format(
                                    service.startedAt().truncatedTo(ChronoUnit.SECONDS)),
                    service.readyMillis() < 0 ? "-" : Seconds.of(service.readyMillis()),
                    service.restarts(),
                    service.lastEvent());
        }
        out.println();
        out.println("Console: http://localhost:8080   Logs: " + home.logs() + " (bin/aviary logs SERVICE)");
        out.println("Recent events:");
        EventLog.tail(home.eventLog(), 8).forEach(line -> out.println("  " + line));
    }
}
