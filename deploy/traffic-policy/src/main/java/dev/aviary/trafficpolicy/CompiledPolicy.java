package dev.aviary.trafficpolicy;

import java.util.List;

/** A policy compiled into an evaluator tree: decides a request's lane without allocating. */
public final class CompiledPolicy {

    /** Routes every request to the baseline. */
    public static final CompiledPolicy EMPTY = new CompiledPolicy(new Matcher[0], new LaneDecision[0]);

    private final Matcher[] matchers;
    /** Made once per rule so that evaluation returns them instead of allocating. */
    private final LaneDecision[] decisions;

    private CompiledPolicy(Matcher[] matchers, LaneDecision[] decisions) {
        this.matchers = matchers;
        this.decisions = decisions;
    }

    /**
     * Compiles {@code policy}, loading referenced lists through {@code lists}.
     *
     * @throws IllegalArgumentException when a list reference is not pinned to a version
     * @throws IllegalStateException when {@code lists} does not know a referenced list version
     */
    public static CompiledPolicy compile(TrafficPolicy policy, ListEntries lists) {
        List<Rule> rules = policy.rules();
        Matcher[] matchers = new Matcher[rules.size()];
        LaneDecision[] decisions = new LaneDecision[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            matchers[i] = new MatcherCompiler(rule.lane(), lists).compile(rule.when());
            decisions[i] = new LaneDecision(rule.lane(), rule.name());
        }
        return new CompiledPolicy(matchers, decisions);
    }

    /** The first matching rule's lane, or {@link LaneDecision#BASELINE}. */
    public LaneDecision evaluate(RequestView request) {
        for (int i = 0; i < matchers.length; i++) {
            if (matchers[i].matches(request)) {
                return decisions[i];
            }
        }
        return LaneDecision.BASELINE;
    }

    /** The number of rules. */
    public int size() {
        return matchers.length;
    }
}
