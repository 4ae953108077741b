package dev.aviary.launcher;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/** {@code bin/aviary up | down | status}: the local platform from one command. */
public final class AviaryCommand {

    static final String USAGE = """
            usage: bin/aviary <command>
              up                 build what is not built yet, start the whole platform, return when every service is UP
              down               stop the platform (data under AVIARY_HOME is kept)
              status             each service with its state, pid, start time and restarts
              logs SERVICE [-f]  show (or follow) one service's log
              up --demo          up, then the full-link gray demo (A -> B -> C under the mesh agent, ingress on 9090)
              demo up | down     start or stop the demo beside a running platform
            AVIARY_HOME (default ~/.aviary) holds the data and logs; AVIARY_DB_URL/_USER/_PASSWORD use an
            external PostgreSQL instead of the embedded one.""";

    private AviaryCommand() {}

    public static void main(String[] args) throws Exception {
        try {
            System.exit(run(args, System.getenv(), System.out));
        } catch (EnvironmentNumber.InvalidSetting invalid) {
            System.out.println("aviary: " + invalid.getMessage() + ". Nothing was started or stopped.");
            System.exit(2);
        }
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out) throws Exception {
        AviaryHome home = AviaryHome.from(environment);
        String command = args.length == 0 ? "" : args[0];
        return switch (command) {
            case "up" -> {
                int up = new UpCommand(home, environment, out).run();
                boolean demo = args.length > 1 && "--demo".equals(args[1]);
                yield up == 0 && demo ? new DemoCommand(home, environment, out).up() : up;
            }
            case "down" -> {
                new DemoCommand(home, environment, out).stopIfRunning();
                yield new DownCommand(home, out).run();
            }
            case "demo" -> new DemoCommand(home, environment, out).run(args.length > 1 ? args[1] : "");
            case "status" -> new StatusCommand(home, out).run();
            case "supervise" -> {
                new Supervisor(home, environment, Clock.systemUTC()).run();
                yield 0;
            }
            case "help", "-h", "--help" -> {
                out.println(USAGE);
                yield 0;
            }
            default -> {
                out.println(command.isEmpty() ? USAGE : "aviary: unknown command '" + command + "'\n" + USAGE);
                yield 2;
            }
        };
    }
}
