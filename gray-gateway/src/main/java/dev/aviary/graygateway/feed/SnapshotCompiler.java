package dev.aviary.graygateway.feed;

import dev.aviary.graygateway.traffic.LaneSettings;
import dev.aviary.graygateway.traffic.TrafficSnapshot;
import dev.aviary.trafficpolicy.CompiledPolicy;
import dev.aviary.trafficpolicy.PolicyRejected;
import dev.aviary.trafficpolicy.TrafficPolicy;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a feed answer and the lists it pins into the immutable snapshot requests read. */
final class SnapshotCompiler {

    private SnapshotCompiler() {}

    static TrafficPolicy parse(FeedAnswer answer) throws PolicyRejected {
        return TrafficPolicy.parse(answer.rules());
    }

    static TrafficSnapshot compile(FeedAnswer answer, TrafficPolicy policy, TrafficLists lists) {
        CompiledPolicy compiled = CompiledPolicy.compile(policy, lists::entries);
        Map<String, LaneSettings> lanes = new LinkedHashMap<>();
        for (LaneSettings lane : answer.lanes()) {
            lanes.put(lane.name(), lane);
        }
        return new TrafficSnapshot(answer.version(), compiled, lanes);
    }
}
