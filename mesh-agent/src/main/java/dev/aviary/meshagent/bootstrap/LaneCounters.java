package dev.aviary.meshagent.bootstrap;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-lane counts of what the agent did: requests in, routed calls out, fallbacks to the baseline, and
 * refused calls. The baseline counts under {@value #BASELINE}.
 */
public final class LaneCounters {

    public static final String BASELINE = "baseline";

    public enum Kind {
        IN,
        OUT,
        FALLBACK,
        REFUSED
    }

    private static final ConcurrentMap<String, AtomicLong[]> COUNTS = new ConcurrentHashMap<String, AtomicLong[]>();

    private LaneCounters() {}

    public static void count(String lane, Kind kind) {
        String key = lane == null ? BASELINE : lane;
        AtomicLong[] counts = COUNTS.get(key);
        if (counts == null) {
            AtomicLong[] fresh = new AtomicLong[Kind.values().length];
            for (int i = 0; i < fresh.length; i++) {
                fresh[i] = new AtomicLong();
            }
            AtomicLong[] raced = COUNTS.putIfAbsent(key, fresh);
            counts = raced == null ? fresh : raced;
        }
        counts[kind.ordinal()].incrementAndGet();
    }

    public static long get(String lane, Kind kind) {
        AtomicLong[] counts = COUNTS.get(lane == null ? BASELINE : lane);
        return counts == null ? 0 : counts[kind.ordinal()].get();
    }

    /** A copy of every lane's counts, by lane name then kind. */
    public static Map<String, Map<Kind, Long>> snapshot() {
        Map<String, Map<Kind, Long>> copy = new TreeMap<String, Map<Kind, Long>>();
        for (Map.Entry<String, AtomicLong[]> lane : COUNTS.entrySet()) {
            Map<Kind, Long> kinds = new TreeMap<Kind, Long>();
            for (Kind kind : Kind.values()) {
                kinds.put(kind, lane.getValue()[kind.ordinal()].get());
            }
            copy.put(lane.getKey(), Collections.unmodifiableMap(kinds));
        }
        return Collections.unmodifiableMap(copy);
    }
}
