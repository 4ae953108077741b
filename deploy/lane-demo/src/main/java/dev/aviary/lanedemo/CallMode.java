package dev.aviary.lanedemo;

/**
 * How a hop calls the next service. Each mode is a different path the mesh agent has to carry the lane
 * label along, so the demo chain exercises both.
 */
enum CallMode {
    /** On the request thread: {@code selectInstances(next, true)}, a random pick, {@code HttpURLConnection}. */
    SYNC("sync"),
    /**
     * Through a thread pool: a task on a {@code ThreadPoolExecutor} does {@code selectOneHealthyInstance(next)}
     * and {@code HttpClient.sendAsync}; the request thread waits on the future.
     */
    POOL_ASYNC("pool-async");

    private final String value;

    CallMode(String value) {
        this.value = value;
    }

    static CallMode parse(String value) {
        for (CallMode mode : values()) {
            if (mode.value.equals(value)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("demo.call-mode must be sync or pool-async, not '" + value + "'");
    }

    @Override
    public String toString() {
        return value;
    }
}
