package dev.aviary.meshagent.bootstrap;

/** A task submitted while a lane was current: runs with that lane and restores the worker's afterwards. */
public final class LaneRunnable implements Runnable {

    private final Runnable task;
    private final String lane;

    private LaneRunnable(Runnable task, String lane) {
        this.task = task;
        this.lane = lane;
    }

    /** {@code task} itself when no lane is current (baseline work is not wrapped at all), else a wrapper. */
    public static Runnable wrap(Runnable task) {
        String lane = LaneContext.current();
        if (lane == null || task == null || task instanceof LaneRunnable) {
            return task;
        }
        return new LaneRunnable(task, lane);
    }

    @Override
    public void run() {
        LaneScope scope = LaneContext.attach(lane);
        try {
            task.run();
        } finally {
            scope.close();
        }
    }

    @Override
    public String toString() {
        return task.toString();
    }
}
