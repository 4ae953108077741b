package dev.aviary.meshagent.bootstrap;

import java.util.function.Function;

/**
 * Reactor's schedule hook ({@code Schedulers.onScheduleHook}, reactor-core 3.3+): every task a Reactor
 * scheduler is handed ({@code subscribeOn}, {@code publishOn}, {@code delayElement}, timeouts...) runs with
 * the lane current when it was scheduled. Baseline tasks are returned as they are, not wrapped.
 */
public final class LaneTaskDecorator implements Function<Runnable, Runnable> {

    /** The key the hook is installed under, so installing it again replaces it rather than stacking it. */
    public static final String KEY = "aviary-lane";

    public static final LaneTaskDecorator INSTANCE = new LaneTaskDecorator();

    private LaneTaskDecorator() {}

    @Override
    public Runnable apply(Runnable task) {
        return LaneRunnable.wrap(task);
    }
}
