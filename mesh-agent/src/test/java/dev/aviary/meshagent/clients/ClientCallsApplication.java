package dev.aviary.meshagent.clients;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.bootstrap.LaneScope;
import dev.aviary.meshagent.lanes.DownstreamServer;

/**
 * Calls a downstream service through the HTTP clients named as arguments (see {@link ClientCalls#named}),
 * with the lane {@code gray}, then {@code feature-x}, then none current, then in {@code gray} with the
 * application's own label {@code blue}. Prints {@code result <client> <case> <way> <label>} per call and,
 * for async calls, {@code worker <client> <case> <way> <lane>}: the lane of the thread that completed it.
 * The calls of one client share its connection pool, dispatcher and I/O thread, so later calls run on threads
 * that served an earlier lane.
 */
public final class ClientCallsApplication {

    private static final String[] CASES = {"gray", "feature-x", "none"};

    public static void main(String[] args) throws Exception {
        try {
            DownstreamServer downstream = DownstreamServer.start();
            for (String client : args) {
                ClientCalls calls = ClientCalls.named(client, downstream.url());
                calls.poisonWorkers();
                for (String lane : CASES) {
                    try (LaneScope scope = LaneContext.attach(lane.equals("none") ? null : lane)) {
                        for (String way : calls.ways()) {
                            report(client, lane, way, calls.call(way, null));
                        }
                    }
                }
                try (LaneScope scope = LaneContext.attach("gray")) {
                    for (String way : calls.ways()) {
                        if (!way.endsWith("-reused")) {
                            report(client, "explicit", way, calls.call(way, "blue"));
                        }
                    }
                }
            }
            System.out.println("client calls application ran");
        } catch (Throwable failure) {
            failure.printStackTrace(System.out);
        } finally {
            System.out.flush();
            // The clients' non-daemon threads would keep the JVM alive; nothing needs an orderly shutdown.
            Runtime.getRuntime().halt(0);
        }
    }

    private static void report(String client, String lane, String way, ClientCalls.Outcome outcome) {
        System.out.println("result " + client + " " + lane + " " + way + " " + outcome.label());
        if (outcome.workerLane() != null) {
            System.out.println("worker " + client + " " + lane + " " + way + " " + outcome.workerLane());
        }
    }
}
