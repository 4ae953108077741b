package dev.aviary.graygateway.coloring;

import org.springframework.web.server.ServerWebExchange;

/**
 * The lane a request was given, kept in the exchange for lane routing and metrics.
 *
 * @param lane the lane, or null for the baseline
 * @param rule the policy rule that chose it; null for the baseline and for a pinned request
 * @param pinned whether a tester pinned the lane with a valid lane token (the policy was skipped)
 */
public record Coloring(String lane, String rule, boolean pinned) {

    /** The exchange attribute holding a routed request's {@code Coloring}. */
    public static final String ATTRIBUTE = Coloring.class.getName();

    public static final Coloring BASELINE = new Coloring(null, null, false);

    /** The request's coloring; the baseline when it was not colored. */
    public static Coloring of(ServerWebExchange exchange) {
        Coloring coloring = exchange.getAttribute(ATTRIBUTE);
        return coloring == null ? BASELINE : coloring;
    }

    public boolean isBaseline() {
        return lane == null;
    }

    /** The lane as metrics and stats name it: {@code baseline} for none. */
    public String laneTag() {
        return lane == null ? "baseline" : lane;
    }
}
