package dev.aviary.meshagent.clients;

import java.util.List;

/** One HTTP client library's ways of calling the downstream service. */
interface ClientCalls {

    String HEADER = "x-aviary-lane";

    /** The lane a worker thread leaked from earlier work: no call may pick it up from there. */
    String STALE_LANE = "stale";

    /**
     * The ways this client calls; a way ending in {@code -reused} sends the same request object (and
     * context, where the library has one) every time.
     */
    List<String> ways();

    /**
     * Calls downstream the named way, with the application's own label when {@code explicitLabel} is set,
     * and returns what downstream saw.
     */
    Outcome call(String way, String explicitLabel) throws Exception;

    /** Leaves {@link #STALE_LANE} current on the threads that complete async calls; nothing for sync clients. */
    default void poisonWorkers() throws Exception {}

    /**
     * The label downstream saw ({@code none} for no header), and for an async call the lane current on the
     * thread that completed it ({@code null} for a sync call).
     */
    record Outcome(String label, String workerLane) {}

    static ClientCalls named(String name, String url) {
        return switch (name) {
            case "apache-httpclient-4" -> new ApacheHttpClient4Calls(url);
            case "apache-httpasyncclient-4" -> new ApacheHttpAsyncClient4Calls(url);
            case "apache-httpclient-5" -> new ApacheHttpClient5Calls(url);
            case "apache-httpclient-5-async" -> new ApacheHttpAsyncClient5Calls(url);
            case "okhttp" -> new OkHttpCalls(url);
            default -> throw new IllegalArgumentException(name);
        };
    }
}
