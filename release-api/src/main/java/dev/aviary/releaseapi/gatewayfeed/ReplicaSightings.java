package dev.aviary.releaseapi.gatewayfeed;

import dev.aviary.releaseapi.trafficpolicy.GatewayReplicas;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The replicas each gateway's feed calls came from, in memory; forgotten five minutes after last seen. */
@Component
class ReplicaSightings implements GatewayReplicas {

    static final Duration RECENT = Duration.ofMinutes(5);

    private final Map<String, Map<String, ReplicaView>> byGateway = new ConcurrentHashMap<>();
    private final Clock clock;

    ReplicaSightings(Clock clock) {
        this.clock = clock;
    }

    void seen(String gateway, String replica, Long applied) {
        Map<String, ReplicaView> replicas = byGateway.computeIfAbsent(gateway, g -> new ConcurrentHashMap<>());
        replicas.put(replica, new ReplicaView(replica, applied, clock.instant()));
    }

    List<ReplicaView> recent(String gateway) {
        Instant since = clock.instant().minus(RECENT);
        Map<String, ReplicaView> replicas = byGateway.getOrDefault(gateway, Map.of());
        replicas.values().removeIf(r -> r.lastSeen().isBefore(since));
        return replicas.values().stream()
                .sorted(Comparator.comparing(ReplicaView::id))
                .toList();
    }

    @Override
    public int recentlySeen(String gateway) {
        return recent(gateway).size();
    }
}
