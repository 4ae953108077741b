package dev.aviary.meshagent.bootstrap;

import java.util.concurrent.Callable;

/** A callable submitted while a lane was current: runs with that lane and restores the worker's afterwards. */
public final class LaneCallable<V> implements Callable<V> {

    private final Callable<V> task;
    private final String lane;

    private LaneCallable(Callable<V> task, String lane) {
        this.task = task;
        this.lane = lane;
    }

    /** {@code task} itself when no lane is current (baseline work is not wrapped at all), else a wrapper. */
    public static <V> Callable<V> wrap(Callable<V> task) {
        String lane = LaneContext.current();
        if (lane == null || task == null || task instanceof LaneCallable) {
            return task;
        }
        return new LaneCallable<V>(task, lane);
    }

    @Override
    public V call() throws Exception {
        LaneScope scope = LaneContext.attach(lane);
        try {
            return task.call();
        } finally {
            scope.close();
        }
    }

    @Override
    public String toString() {
        return task.toString();
    }
}
