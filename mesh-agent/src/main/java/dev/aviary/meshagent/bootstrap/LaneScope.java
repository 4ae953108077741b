package dev.aviary.meshagent.bootstrap;

/** Restores the lane that was current before {@link LaneContext#attach}; close it on the same thread. */
public final class LaneScope implements AutoCloseable {

    static final LaneScope UNCHANGED = new LaneScope(null);

    private final String previous;

    LaneScope(String previous) {
        this.previous = previous;
    }

    @Override
    public void close() {
        if (this != UNCHANGED) {
            LaneContext.set(previous);
        }
    }
}
