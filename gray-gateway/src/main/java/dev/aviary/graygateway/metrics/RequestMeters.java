package dev.aviary.graygateway.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Every route and lane's meters, found without allocating once a pair has been seen. */
final class RequestMeters {

    private final MeterRegistry registry;
    private final String gateway;
    private final ConcurrentMap<String, ConcurrentMap<String, RouteLaneMeters>> byRoute = new ConcurrentHashMap<>();

    RequestMeters(MeterRegistry registry, String gateway) {
        this.registry = registry;
        this.gateway = gateway;
    }

    RouteLaneMeters of(String route, String lane) {
        ConcurrentMap<String, RouteLaneMeters> byLane = byRoute.get(route);
        if (byLane == null) {
            byLane = byRoute.computeIfAbsent(route, any -> new ConcurrentHashMap<>());
        }
        RouteLaneMeters meters = byLane.get(lane);
        if (meters == null) {
            meters = byLane.computeIfAbsent(lane, any -> new RouteLaneMeters(registry, gateway, route, lane));
        }
        return meters;
    }

    List<RouteLaneMeters> all() {
        List<RouteLaneMeters> all = new ArrayList<>();
        byRoute.values().forEach(byLane -> all.addAll(byLane.values()));
        return all;
    }
}
