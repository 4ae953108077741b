package dev.aviary.graygateway.traffic;

import java.util.Set;

/**
 * How a lane is routed, as the feed declares it.
 *
 * @param name the lane
 * @param strict no fallback to the baseline when the lane has no healthy instance of a service
 * @param lockedServices the only services the lane's traffic may reach; empty means unlocked
 */
public record LaneSettings(String name, boolean strict, Set<String> lockedServices) {

    public LaneSettings {
        lockedServices = Set.copyOf(lockedServices);
    }

    /** A lane the feed does not declare: not strict, not locked. */
    public static LaneSettings undeclared(String name) {
        return new LaneSettings(name, false, Set.of());
    }

    /** Whether the lane's traffic may reach {@code service}. */
    public boolean mayReach(String service) {
        return lockedServices.isEmpty() || lockedServices.contains(service);
    }
}
