package dev.aviary.meshagent.bootstrap;

/**
 * Accepts lane names in the platform's format ({@code ^[a-z][a-z0-9-]{0,39}$}, see docs/traffic.md) and
 * nothing else, so a stray or hostile header value is never copied onto outgoing calls.
 */
final class LaneNames {

    private static final int MAX_LENGTH = 40;

    private LaneNames() {}

    /** The lane named by {@code value}, or {@code null} (baseline) when it is absent, empty or malformed. */
    static String normalize(String value) {
        if (value == null) {
            return null;
        }
        String lane = value.trim();
        if (lane.isEmpty() || lane.length() > MAX_LENGTH || "baseline".equals(lane)) {
            return null;
        }
        for (int i = 0; i < lane.length(); i++) {
            char c = lane.charAt(i);
            boolean letter = c >= 'a' && c <= 'z';
            if (!(letter || (i > 0 && ((c >= '0' && c <= '9') || c == '-')))) {
                return null;
            }
        }
        return lane;
    }
}
