package dev.aviary.releaseapi.lane;

import java.util.List;

/** Who still routes traffic to a lane; implemented by the traffic policies. */
public interface LaneUsers {

    /** The gateways whose current policy has a rule for {@code lane}, sorted. */
    List<String> gatewaysRoutingTo(String lane);
}
