package dev.aviary.trafficpolicy;

/**
 * The sticky bucket of the {@code percent} operator, part of the contract (docs/traffic.md):
 * {@code murmur3_32(salt + ":" + value)} over UTF-8, seed 0, {@code (hash & 0x7fffffff) % 10000}.
 */
public final class StickyBucket {

    /** Buckets per 100 %: one bucket is 0.01 %. */
    public static final int BUCKETS = 10_000;

    private StickyBucket() {}

    public static int of(String salt, String value) {
        return (Murmur3Utf8.hash(salt, value) & 0x7fffffff) % BUCKETS;
    }
}
