package dev.aviary.registryclient;

import com.alibaba.nacos.api.naming.pojo.Instance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's healthy, enabled instances grouped by lane at one moment. Built once per push and
 * never changed, so readers need no lock.
 */
final class LaneSnapshot {

    static final LaneSnapshot EMPTY = new LaneSnapshot(Collections.<String, List<Endpoint>>emptyMap(), 0);

    private final Map<String, List<Endpoint>> byLane;
    private final long generation;

    private LaneSnapshot(Map<String, List<Endpoint>> byLane, long generation) {
        this.byLane = byLane;
        this.generation = generation;
    }

    static LaneSnapshot of(List<Instance> instances, long generation) {
        Map<String, List<Endpoint>> grouped = new LinkedHashMap<String, List<Endpoint>>();
        for (Instance instance : instances) {
            if (!instance.isHealthy() || !instance.isEnabled()) {
                continue;
            }
            Endpoint endpoint = new Endpoint(instance.getIp(), instance.getPort(), instance.getMetadata());
            List<Endpoint> lane = grouped.get(endpoint.lane());
            if (lane == null) {
                lane = new ArrayList<Endpoint>();
                grouped.put(endpoint.lane(), lane);
            }
            lane.add(endpoint);
        }
        Map<String, List<Endpoint>> frozen = new LinkedHashMap<String, List<Endpoint>>();
        for (Map.Entry<String, List<Endpoint>> lane : grouped.entrySet()) {
            frozen.put(lane.getKey(), Collections.unmodifiableList(lane.getValue()));
        }
        return new LaneSnapshot(Collections.unmodifiableMap(frozen), generation);
    }

    List<Endpoint> lane(String lane) {
        List<Endpoint> endpoints = byLane.get(LaneMetadata.laneOf(lane));
        return endpoints == null ? Collections.<Endpoint>emptyList() : endpoints;
    }

    Map<String, List<Endpoint>> byLane() {
        return byLane;
    }

    long generation() {
        return generation;
    }
}
