package dev.aviary.graygateway.traffic;

import dev.aviary.trafficpolicy.CompiledPolicy;
import java.util.Map;

/**
 * Everything a request needs from the control plane at one moment: the compiled policy and the lanes it
 * routes to. Immutable and swapped whole, so no request ever sees half of a policy change.
 *
 * @param version the policy version (0: the gateway has no policy yet; -1: nothing received nor cached)
 * @param policy the compiled rules
 * @param lanes the declared lanes by name
 */
public record TrafficSnapshot(long version, CompiledPolicy policy, Map<String, LaneSettings> lanes) {

    /** Before the first feed answer or cache file: every request goes to the baseline. */
    public static final TrafficSnapshot NONE = new TrafficSnapshot(-1, CompiledPolicy.EMPTY, Map.of());

    public TrafficSnapshot {
        lanes = Map.copyOf(lanes);
    }

    /** The lane's settings; an undeclared lane is neither strict nor locked. */
    public LaneSettings lane(String name) {
        LaneSettings declared = lanes.get(name);
        return declared != null ? declared : LaneSettings.undeclared(name);
    }
}
