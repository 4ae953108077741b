package dev.aviary.releaseapi.gatewayfeed;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/v1/traffic-policies/{gateway}/stats}: the last five minutes, per lane. */
public record StatsView(String gateway, List<ReplicaView> replicas, List<LaneStats> lanes) {

    /**
     * Counts summed over replicas; p50/p99 are the highest any replica reported in the window (an upper
     * bound, not a merged quantile).
     */
    public record LaneStats(String lane, long requests, long errors, Double p50Ms, Double p99Ms, List<Point> series) {}

    /** One 10-second bucket, starting at {@code at}. */
    public record Point(Instant at, long requests, long errors) {}
}
