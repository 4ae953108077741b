package dev.aviary.trafficpolicy;

/** A policy compiled into an evaluator tree: decides a request's lane without allocating. */
public final class CompiledPolicy {

    /** Routes every request to the baseline. */
    public static final CompiledPolicy EMPTY = new CompiledPolicy();

    private CompiledPolicy() {}

    /**
     * Compiles {@code policy}, loading referenced lists through {@code lists}.
     *
     * @throws IllegalArgumentException when a list reference is not pinned to a version
     */
    public static CompiledPolicy compile(TrafficPolicy policy, ListEntries lists) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The first matching rule's lane, or {@link LaneDecision#BASELINE}. */
    public LaneDecision evaluate(RequestView request) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The number of rules. */
    public int size() {
        return 0;
    }
}
