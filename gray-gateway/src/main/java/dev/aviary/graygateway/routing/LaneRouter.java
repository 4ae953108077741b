package dev.aviary.graygateway.routing;

import dev.aviary.graygateway.traffic.LaneSettings;
import dev.aviary.graygateway.traffic.TrafficSnapshot;
import dev.aviary.registryclient.Endpoint;
import dev.aviary.registryclient.LaneDirectory;
import dev.aviary.registryclient.LaneMetadata;
import java.util.List;

/**
 * Which instance of a service a request of a lane reaches (docs/traffic.md): the lane's healthy instances if
 * there are any, else the baseline's unless the lane is strict; a locked lane only reaches its services; the
 * baseline only ever reaches the baseline. A lane the feed does not declare is neither strict nor locked.
 */
final class LaneRouter {

    private final RoundRobin turns = new RoundRobin();

    /**
     * @param lane the request's lane, null for the baseline
     * @throws org.springframework.web.ErrorResponseException a 503 problem when no instance may take the request
     */
    Endpoint choose(String service, LaneDirectory directory, String lane, TrafficSnapshot snapshot) {
        if (lane == null) {
            return baseline(service, directory, null);
        }
        LaneSettings settings = snapshot.lane(lane);
        if (!settings.mayReach(service)) {
            throw RoutingProblems.laneLocked(lane, service);
        }
        List<Endpoint> inLane = directory.healthy(lane);
        if (!inLane.isEmpty()) {
            return turns.pick(service, lane, inLane);
        }
        if (settings.strict()) {
            throw RoutingProblems.laneUnavailable(lane, service);
        }
        return baseline(service, directory, lane);
    }

    private Endpoint baseline(String service, LaneDirectory directory, String lane) {
        List<Endpoint> baseline = directory.baseline();
        if (baseline.isEmpty()) {
            throw RoutingProblems.noInstance(service, lane);
        }
        return turns.pick(service, LaneMetadata.BASELINE, baseline);
    }
}
