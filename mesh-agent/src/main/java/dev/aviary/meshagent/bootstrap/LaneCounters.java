package dev.aviary.meshagent.bootstrap;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per-lane counts of what the agent did: requests in, routed calls out, fallbacks to the baseline, and
 * refused calls. The baseline counts under {@value #BASELINE}. {@link Listener}s (the Micrometer meters) learn
 * of each lane once, when it is first counted; counting a lane already seen allocates nothing.
 *
 * <p>At most {@value #MAX_LANES} names are kept (a few more when threads race for the last places): any
 * well-formed label a client sends is a lane, and one that invents labels must not grow the counters and the
 * application's meters without bound. Lanes first seen after that count together under {@value #OTHER}, which
 * no lane can be named.
 */
public final class LaneCounters {

    public static final String BASELINE = "baseline";

    /** Where lanes beyond {@link #MAX_LANES} count; lane names start with a letter, so none is this. */
    public static final String OTHER = "_other";

    static final int MAX_LANES = 64;

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

    /** The counts by lane name, holding at most {@code maxLanes} names (a few more when threads race). */
    static final class Table {
        final ConcurrentMap<String, LongAdder[]> counts = new ConcurrentHashMap<String, LongAdder[]>();
        private final int maxLanes;

        Table(int maxLanes) {
            this.maxLanes = maxLanes;
        }

        /** Counts one {@code kind} for {@code key}; returns the name it counted under if that is new, else null. */
        String count(String key, Kind kind) {
            LongAdder[] found = counts.get(key);
            if (found == null && counts.size() >= maxLanes - 1) { // keeps a place for OTHER
                key = OTHER;
                found = counts.get(key);
            }
            String appeared = null;
            if (found == null) {
                LongAdder[] fresh = new LongAdder[Kind.values().length];
                for (int i = 0; i < fresh.length; i++) {
                    fresh[i] = new LongAdder();
                }
                LongAdder[] raced = counts.putIfAbsent(key, fresh);
                found = raced == null ? fresh : raced;
                appeared = raced == null ? key : null;
            }
            found[kind.ordinal()].increment();
            return appeared;
        }
    }

    private static final Table TABLE = new Table(MAX_LANES);

    private static final ConcurrentMap<String, LongAdder[]> COUNTS = TABLE.counts;

    private static final CopyOnWriteArrayList<Listener> LISTENERS = new CopyOnWriteArrayList<Listener>();

    private LaneCounters() {}

    /** The baseline's counts once it has been counted: most traffic, counted without a map lookup. */
    private static volatile LongAdder[] baseline;

    public static void count(String lane, Kind kind) {
        if (lane == null) {
            LongAdder[] counts = baseline;
            if (counts != null) {
                counts[kind.ordinal()].increment();
                return;
            }
        }
        String appeared = TABLE.count(lane == null ? BASELINE : lane, kind);
        if (lane == null) {
            baseline = COUNTS.get(BASELINE); // null when the baseline came too late and counts under OTHER
        }
        if (appeared != null) {
            announce(appeared);
        }
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
    static LongAdder counter(String lane, Kind kind) {
        LongAdder[] counts = COUNTS.get(lane == null ? BASELINE : lane);
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
        LongAdder[] counts = COUNTS.get(lane == null ? BASELINE : lane);
        return counts == null ? 0 : counts[kind.ordinal()].sum();
    }

    /** A copy of every lane's counts, by lane name then kind. */
    public static Map<String, Map<Kind, Long>> snapshot() {
        Map<String, Map<Kind, Long>> copy = new TreeMap<String, Map<Kind, Long>>();
        for (Map.Entry<String, LongAdder[]> lane : COUNTS.entrySet()) {
            Map<Kind, Long> kinds = new TreeMap<Kind, Long>();
            for (Kind kind : Kind.values()) {
                kinds.put(kind, lane.getValue()[kind.ordinal()].sum());
            }
            copy.put(lane.getKey(), Collections.unmodifiableMap(kinds));
        }
        return Collections.unmodifiableMap(copy);
    }
}
