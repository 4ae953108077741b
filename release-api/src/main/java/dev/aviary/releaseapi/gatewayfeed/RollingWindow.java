package dev.aviary.releaseapi.gatewayfeed;

import java.util.Arrays;

/**
 * Five minutes of one replica's counts for one lane in thirty 10-second buckets. A bucket is reused once
 * its slot comes round again, so memory stays fixed however long a gateway reports.
 */
final class RollingWindow {

    static final int BUCKETS = 30;
    static final long BUCKET_SECONDS = 10;

    private final long[] bucket = new long[BUCKETS];
    private final long[] requests = new long[BUCKETS];
    private final long[] errors = new long[BUCKETS];
    private final double[] p50 = new double[BUCKETS];
    private final double[] p99 = new double[BUCKETS];

    RollingWindow() {
        Arrays.fill(bucket, -1);
    }

    synchronized void add(long at, long requestCount, long errorCount, Double p50Ms, Double p99Ms) {
        int slot = (int) Math.floorMod(at, (long) BUCKETS);
        if (bucket[slot] != at) {
            bucket[slot] = at;
            requests[slot] = 0;
            errors[slot] = 0;
            p50[slot] = 0;
            p99[slot] = 0;
        }
        requests[slot] += requestCount;
        errors[slot] += errorCount;
        p50[slot] = Math.max(p50[slot], p50Ms == null ? 0 : p50Ms);
        p99[slot] = Math.max(p99[slot], p99Ms == null ? 0 : p99Ms);
    }

    /** Nothing in the last five minutes: the window can be dropped. */
    synchronized boolean isIdleAt(long now) {
        for (long b : bucket) {
            if (b >= 0 && now - b < BUCKETS) {
                return false;
            }
        }
        return true;
    }

    /** Adds this window's buckets in {@code (now - BUCKETS, now]} into the totals, indexed by age. */
    synchronized void addTo(long now, LaneTotals totals) {
        for (int slot = 0; slot < BUCKETS; slot++) {
            long age = now - bucket[slot];
            if (bucket[slot] >= 0 && age >= 0 && age < BUCKETS) {
                totals.add((int) (BUCKETS - 1 - age), requests[slot], errors[slot], p50[slot], p99[slot]);
            }
        }
    }
}
