package dev.aviary.registryclient;

/** The instance metadata keys through which Aviary finds lanes in Nacos. */
public final class LaneMetadata {

    /** The lane an instance serves; absent or empty: the baseline. */
    public static final String LANE = "aviary.lane";

    /** The version an instance runs, e.g. {@code v2}. */
    public static final String VERSION = "aviary.version";

    /** The baseline's name in a {@link LaneDirectory}. */
    public static final String BASELINE = "";

    private LaneMetadata() {}

    static String laneOf(String value) {
        return value == null ? BASELINE : value.trim();
    }
}
