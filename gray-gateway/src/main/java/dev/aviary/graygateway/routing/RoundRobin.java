package dev.aviary.graygateway.routing;

import dev.aviary.registryclient.Endpoint;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Takes turns among a lane's instances of a service: one counter per service and lane, no lock. */
final class RoundRobin {

    private final ConcurrentMap<String, ConcurrentMap<String, AtomicInteger>> counters = new ConcurrentHashMap<>();

    Endpoint pick(String service, String lane, List<Endpoint> endpoints) {
        if (endpoints.size() == 1) {
            return endpoints.get(0);
        }
        AtomicInteger turn = counters.computeIfAbsent(service, any -> new ConcurrentHashMap<>())
                .computeIfAbsent(lane, any -> new AtomicInteger());
        return endpoints.get(Math.floorMod(turn.getAndIncrement(), endpoints.size()));
    }
}
