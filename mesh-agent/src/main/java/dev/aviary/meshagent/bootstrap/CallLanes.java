package dev.aviary.meshagent.bootstrap;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The lanes of calls whose steps run later, one by one, on whichever thread the library picks: an inbound
 * gRPC call's callbacks ({@code onMessage}, {@code onHalfClose}, {@code onCancel}...), remembered when the call
 * arrives; an outgoing call started before its channel was ready, remembered when it was started. The lane is
 * attached around each step. Weak keys, so a call that never completes is not kept.
 */
public final class CallLanes {

    private static final Map<Object, String> LANES = Collections.synchronizedMap(new WeakHashMap<Object, String>());

    /** Stays false until a call had a lane, so baseline-only JVMs never touch the map. */
    private static volatile boolean used;

    private CallLanes() {}

    /** Remembers the lane of an inbound {@code call} that carries {@code label} (or none: {@code null}). */
    public static void rememberInbound(Object call, String label) {
        String labelled = LaneNames.normalize(label);
        // An inbound lane beats a locally computed one: only an unlabelled call takes this instance's lane.
        String lane = labelled != null ? labelled : LaneContext.ownLane();
        if (lane != null && call != null) {
            used = true;
            LANES.put(call, lane);
        }
    }

    /** Remembers the lane current now (none: nothing) for {@code call}, whose steps will run elsewhere. */
    public static void rememberCurrent(Object call) {
        String lane = LaneContext.current();
        if (lane != null && call != null) {
            used = true;
            LANES.put(call, lane);
        } else if (used && call != null) {
            LANES.remove(call);
        }
    }

    /**
     * Makes the lane remembered for {@code call} current, or none when it had none (a baseline call's callbacks
     * never see a lane the thread happened to have); close the scope after the callback.
     */
    public static LaneScope attach(Object call) {
        return LaneContext.attach(used ? LANES.get(call) : null);
    }

    /** Drops {@code call} once its last callback ran. */
    public static void forget(Object call) {
        if (used) {
            LANES.remove(call);
        }
    }
}
