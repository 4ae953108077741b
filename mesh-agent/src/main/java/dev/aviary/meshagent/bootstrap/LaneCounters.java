package dev.aviary.meshagent.bootstrap;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-lane counts of what the agent did: requests in, routed calls out, fallbacks to the baseline, and
 * refused calls. The baseline counts under {@value #BASELINE}. {@link Listener}s (the Micrometer meters) learn
 * of each lane once, when it is first counted; counting a lane already seen allocates nothing.
 */
public final class LaneCounters {

    public static final String BASELINE = "baseline";

    public enum Kind {
        IN,
        OUT,
        FALLBACK,
        REFUSED
    }

    /** Told of every lane the counters hold: those counted before it was added, then each new one. */
    public interface Listener {

        /** Called once per lane (rarely more, when added while the lane appears), on the counting thread. */
        void laneAppeared(String lane);
    }

    private static final ConcurrentMap<String, AtomicLong[]> COUNTS = new ConcurrentHashMap<String, AtomicLong[]>();

    private static final CopyOnWriteArrayList<Listener> LISTENERS = new CopyOnWriteArrayList<Listener>();

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
            if (raced == null) {
                announce(key);
            }
        }
        counts[kind.ordinal()].incrementAndGet();
    }

    /**
     * Adds {@code listener} and tells it of every lane counted so far. A lane that appears meanwhile may be
     * announced twice, never missed: it is put in the map before the listeners are read, and the listener is
     * added before the map is read.
     */
    public static void addListener(Listener listener) {
        LISTENERS.add(listener);
        for (String lane : COUNTS.keySet()) {
            tell(listener, lane);
        }
    }

    /** The live count of {@code kind} for a lane already counted, {@code null} for one never counted. */
    static AtomicLong counter(String lane, Kind kind) {
        AtomicLong[] counts = COUNTS.get(lane == null ? BASELINE : lane);
        return counts == null ? null : counts[kind.ordinal()];
    }

    private static void announce(String lane) {
        for (Listener listener : LISTENERS) {
            tell(listener, lane);
        }
    }

    private static void tell(Listener listener, String lane) {
        try {
            listener.laneAppeared(lane);
        } catch (Throwable failure) {
            // A listener never gets in the way of the request that is being counted.
        }
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
