package dev.aviary.meshagent.bootstrap;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The lane of queued tasks that cannot be wrapped because the pool queues the task object itself
 * ({@code ForkJoinTask.fork()}, {@code CompletableFuture}'s async tasks): captured when the task is
 * forked or created, taken once when it runs. Weak keys, so a task that never runs is not kept.
 */
public final class TaskLanes {

    private static final Map<Object, String> LANES = Collections.synchronizedMap(new WeakHashMap<Object, String>());

    /** Stays false until the first lane is captured, so baseline-only JVMs never touch the map. */
    private static volatile boolean used;

    private TaskLanes() {}

    /** Remembers the current lane for {@code task}, if there is one. */
    public static void capture(Object task) {
        String lane = LaneContext.current();
        if (lane != null && task != null) {
            used = true;
            LANES.put(task, lane);
        }
    }

    /** Attaches the lane captured for {@code task}, or returns {@code null} when none was. */
    public static LaneScope attachCaptured(Object task) {
        if (!used) {
            return null;
        }
        String lane = LANES.remove(task);
        return lane == null ? null : LaneContext.attach(lane);
    }
}
