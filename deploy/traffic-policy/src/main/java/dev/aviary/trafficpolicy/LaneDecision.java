package dev.aviary.trafficpolicy;

/** The lane a request goes to and the rule that chose it; both null for the baseline. */
public record LaneDecision(String lane, String rule) {

    public static final LaneDecision BASELINE = new LaneDecision(null, null);

    public boolean isBaseline() {
        return lane == null;
    }
}
