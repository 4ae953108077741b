package dev.aviary.releaseapi.gatewayfeed;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What gateways report about their traffic, held in memory per gateway, replica and lane for five
 * minutes. A restart of release-api starts the window afresh (docs/traffic.md).
 */
@Component
class TrafficStats {

    private record Key(String gateway, String replica, String lane) {}

    private final Map<Key, RollingWindow> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    TrafficStats(Clock clock) {
        this.clock = clock;
    }

    /** Counts of the report's interval land in the bucket of the moment it arrives. */
    void record(String gateway, StatsReport report) {
        long bucket = currentBucket();
        for (StatsReport.Sample sample : report.samples()) {
            windows.computeIfAbsent(new Key(gateway, report.replica(), sample.lane()), k -> new RollingWindow())
                    .add(bucket, sample.requests(), sample.errors(), sample.p50Ms(), sample.p99Ms());
        }
    }

    StatsView summary(String gateway, List<ReplicaView> replicas) {
        long now = currentBucket();
        Map<String, LaneTotals> lanes = new TreeMap<>();
        windows.forEach((key, window) -> {
            if (key.gateway().equals(gateway)) {
                window.addTo(now, lanes.computeIfAbsent(key.lane(), l -> new LaneTotals()));
            }
        });
        List<StatsView.LaneStats> views = lanes.entrySet().stream()
                .map(e -> e.getValue().view(e.getKey(), now))
                .filter(l -> l.requests() > 0 || l.errors() > 0)
                .toList();
        return new StatsView(gateway, replicas, views);
    }

    /** Replicas come and go (every restart is a new id): drop what has been silent for five minutes. */
    @Scheduled(fixedDelay = 60_000)
    void forgetIdle() {
        long now = currentBucket();
        windows.values().removeIf(window -> window.isIdleAt(now));
    }

    private long currentBucket() {
        return clock.instant().getEpochSecond() / RollingWindow.BUCKET_SECONDS;
    }
}
