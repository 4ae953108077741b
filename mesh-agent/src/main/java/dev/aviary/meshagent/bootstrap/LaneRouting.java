package dev.aviary.meshagent.bootstrap;

/**
 * Which instances of a service a call may use, given the lane of the current work and the lane each
 * instance registered with ({@code aviary.lane} metadata; absent or empty = baseline):
 * <ul>
 *   <li>baseline work: baseline instances only, never a lane's;
 *   <li>lane work: that lane's instances; when there are none, the baseline's, unless the lane is
 *       strict (then {@link LaneRefusedException});
 *   <li>a locked lane calling a service it does not list: {@link LaneRefusedException};
 *   <li>a lane that is not declared, or any lane before rules are loaded: its instances where they
 *       exist, else the baseline.
 * </ul>
 * Called from advice inlined into selection methods of discovery clients, so it works on plain arrays.
 */
public final class LaneRouting {

    /** The metadata key instances declare their lane with. */
    public static final String LANE_KEY = "aviary.lane";

    /** The metadata key instances declare their version with. */
    public static final String VERSION_KEY = "aviary.version";

    /**
     * Set while a registry client fills its own cache of a service's instances (Dubbo's application-level
     * discovery asks nacos-client's {@code selectInstances} for them): that is not a call, so nothing is
     * narrowed; the lane is applied later, when a call picks among the cached instances.
     */
    private static final ThreadLocal<Boolean> DISCOVERING = new ThreadLocal<Boolean>();

    /** False until the first discovery: until then {@link #eligible} does not look the mark up. */
    private static volatile boolean discoveryUsed;

    private LaneRouting() {}

    /**
     * Marks the current thread as looking instances up for a registry client's cache, where {@link #eligible}
     * answers every instance and counts nothing. Returns whether this call set the mark; pass that to
     * {@link #endDiscovery} (nested lookups leave the mark to the outermost).
     */
    public static boolean beginDiscovery() {
        if (DISCOVERING.get() != null) {
            return false;
        }
        if (!discoveryUsed) {
            discoveryUsed = true;
        }
        DISCOVERING.set(Boolean.TRUE);
        return true;
    }

    /** Ends what {@link #beginDiscovery} began when it returned {@code true}. */
    public static void endDiscovery(boolean begun) {
        if (begun) {
            DISCOVERING.remove();
        }
    }

    /**
     * The indexes into {@code instanceLanes} of the instances a call to {@code service} in the current
     * lane may use, in their order (possibly none, when the service has no instance of the lane chosen).
     *
     * @throws LaneRefusedException when the lane rules forbid the call
     */
    public static int[] eligible(String service, String[] instanceLanes) {
        if (discoveryUsed && DISCOVERING.get() != null) {
            return all(instanceLanes.length);
        }
        String lane = LaneContext.current();
        if (lane == null) {
            LaneCounters.count(null, LaneCounters.Kind.OUT);
            return matching(instanceLanes, null);
        }
        LaneRules.Lane rule = LaneRules.current().lane(lane);
        if (rule != null && !rule.reaches(service)) {
            LaneCounters.count(lane, LaneCounters.Kind.REFUSED);
            throw LaneRefusedException.locked(lane, service, rule.lockedServices());
        }
        int[] inLane = matching(instanceLanes, lane);
        if (inLane.length > 0) {
            LaneCounters.count(lane, LaneCounters.Kind.OUT);
            return inLane;
        }
        if (rule != null && rule.strict()) {
            LaneCounters.count(lane, LaneCounters.Kind.REFUSED);
            throw LaneRefusedException.strict(lane, service);
        }
        LaneCounters.count(lane, LaneCounters.Kind.FALLBACK);
        return matching(instanceLanes, null);
    }

    /** The lane an instance's {@code aviary.lane} metadata value names, {@code null} for the baseline. */
    public static String laneOf(String metadataValue) {
        if (metadataValue == null) {
            return null;
        }
        String lane = metadataValue.trim();
        return lane.isEmpty() ? null : lane;
    }

    private static int[] all(int count) {
        int[] indexes = new int[count];
        for (int i = 0; i < count; i++) {
            indexes[i] = i;
        }
        return indexes;
    }

    private static int[] matching(String[] instanceLanes, String lane) {
        int count = 0;
        int[] indexes = new int[instanceLanes.length];
        for (int i = 0; i < instanceLanes.length; i++) {
            String instanceLane = laneOf(instanceLanes[i]);
            if (lane == null ? instanceLane == null : lane.equals(instanceLane)) {
                indexes[count++] = i;
            }
        }
        if (count == indexes.length) {
            return indexes;
        }
        int[] trimmed = new int[count];
        System.arraycopy(indexes, 0, trimmed, 0, count);
        return trimmed;
    }
}
