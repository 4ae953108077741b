package dev.aviary.releaseapi.gatewayfeed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One lane's buckets summed over replicas, oldest first. */
final class LaneTotals {

    private final long[] requests = new long[RollingWindow.BUCKETS];
    private final long[] errors = new long[RollingWindow.BUCKETS];
    private double p50;
    private double p99;
    private boolean latencyReported;

    void add(int index, long requestCount, long errorCount, double p50Ms, double p99Ms) {
        requests[index] += requestCount;
        errors[index] += errorCount;
        if (requestCount > 0 || p50Ms > 0 || p99Ms > 0) {
            latencyReported = true;
            p50 = Math.max(p50, p50Ms);
            p99 = Math.max(p99, p99Ms);
        }
    }

    StatsView.LaneStats view(String lane, long nowBucket) {
        List<StatsView.Point> series = new ArrayList<>(RollingWindow.BUCKETS);
        long totalRequests = 0;
        long totalErrors = 0;
        for (int i = 0; i < RollingWindow.BUCKETS; i++) {
            long bucket = nowBucket - (RollingWindow.BUCKETS - 1 - i);
            series.add(new StatsView.Point(
                    Instant.ofEpochSecond(bucket * RollingWindow.BUCKET_SECONDS), requests[i], errors[i]));
            totalRequests += requests[i];
            totalErrors += errors[i];
        }
        return new StatsView.LaneStats(
                lane, totalRequests, totalErrors, latencyReported ? p50 : null, latencyReported ? p99 : null, series);
    }
}
