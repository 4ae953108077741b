package dev.aviary.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** {@code bin/aviary down}: stops the supervisor, which stops every service and then PostgreSQL. */
final class DownCommand {

    private static final long WAIT_SECONDS = 120;

    private final AviaryHome home;
    private final PrintStream out;

    DownCommand(AviaryHome home, PrintStream out) {
        this.home = home;
        this.out = out;
    }

    int run() throws Exception {
        Optional<ProcessHandle> supervisor = RunningSupervisor.of(home);
        if (supervisor.isEmpty()) {
            int orphans = stopOrphans();
            out.println(
                    orphans == 0
                            ? "Aviary is not running."
                            : "Aviary's supervisor was gone; stopped " + orphans + " process(es) it had left.");
            return 0;
        }
        out.println("Stopping Aviary (supervisor pid " + supervisor.get().pid() + ")...");
        supervisor.get().destroy();
        try {
            supervisor.get().onExit().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            out.println("aviary: the supervisor did not stop within " + WAIT_SECONDS + " s; killing it.");
            supervisor.get().destroyForcibly();
            stopOrphans();
        }
        out.println("Aviary is down. Data is kept in " + home.root() + ".");
        return 0;
    }

    /**
     * Services and PostgreSQL whose supervisor was killed outright keep running: the last published
     * state names the services, PostgreSQL's own pid file names the database.
     */
    private int stopOrphans() {
        int services = stopOrphanServices();
        return services + (stopOrphanDatabase() ? 1 : 0);
    }

    private boolean stopOrphanDatabase() {
        Path postmasterPid = home.postgresData().resolve("postmaster.pid");
        try {
            long pid = Long.parseLong(Files.readAllLines(postmasterPid).get(0).trim());
            return ProcessHandle.of(pid)
                    .filter(process -> process.info()
                            .commandLine()
                            .map(line -> line.contains(home.postgresData().toString()))
                            .orElse(false))
                    .map(ProcessHandle::destroy)
                    .orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private int stopOrphanServices() {
        return PlatformState.readFrom(home.stateFile())
                .map(state -> (int) state.services().stream()
                        .filter(service -> service.pid() > 0)
                        .map(service -> ProcessHandle.of(service.pid())
                                .filter(process -> process.info()
                                        .commandLine()
                                        .map(line -> line.contains(service.name() + ".jar"))
                                        .orElse(false)))
                        .flatMap(Optional::stream)
                        .filter(ProcessHandle::destroy)
                        .count())
                .orElse(0);
    }
}
