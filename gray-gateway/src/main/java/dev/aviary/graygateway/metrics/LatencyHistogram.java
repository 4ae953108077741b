package dev.aviary.graygateway.metrics;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Latencies of one interval in buckets growing by 10 % from 0.1 ms (to about 7 minutes): recording is one
 * logarithm and one atomic increment, and a quantile is read to within 10 %.
 */
final class LatencyHistogram {

    private static final double FIRST_BOUND_MS = 0.1;
    private static final double GROWTH = 1.1;
    private static final double LOG_GROWTH = Math.log(GROWTH);
    private static final int BUCKETS = 160;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);

    void record(long nanos) {
        counts.incrementAndGet(bucket(nanos / 1_000_000.0));
    }

    /** The upper bound (ms) of the bucket holding the {@code q} quantile; 0 with no recording. */
    double quantileMs(double q) {
        long total = 0;
        for (int i = 0; i < BUCKETS; i++) {
            total += counts.get(i);
        }
        if (total == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(q * total);
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return upperBoundMs(i);
            }
        }
        return upperBoundMs(BUCKETS - 1);
    }

    private static int bucket(double ms) {
        if (ms <= FIRST_BOUND_MS) {
            return 0;
        }
        int bucket = (int) Math.ceil(Math.log(ms / FIRST_BOUND_MS) / LOG_GROWTH);
        return Math.min(bucket, BUCKETS - 1);
    }

    static double upperBoundMs(int bucket) {
        return Math.round(FIRST_BOUND_MS * Math.pow(GROWTH, bucket) * 100) / 100.0;
    }
}
