package dev.aviary.releaseapi.trafficpolicy;

import dev.aviary.releaseapi.lane.LaneUsers;
import dev.aviary.releaseapi.trafficlist.ListUsers;
import java.util.List;
import org.springframework.stereotype.Component;

/** Tells lanes and lists which gateways' current policies still use them (a delete is refused then). */
@Component
class PolicyUsage implements LaneUsers, ListUsers {

    private final PolicyRepository policies;

    PolicyUsage(PolicyRepository policies) {
        this.policies = policies;
    }

    @Override
    public List<String> gatewaysRoutingTo(String lane) {
        return policies.gatewaysRoutingTo(lane);
    }

    @Override
    public List<String> gatewaysUsing(String list) {
        return policies.gatewaysUsing(list);
    }
}
