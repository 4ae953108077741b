package dev.aviary.graygateway.metrics;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * One route and lane's figures since the last report; the reporter takes them and starts a new interval. A
 * request finishing exactly while the interval turns may land in the one just taken (and be lost to the report).
 */
final class IntervalStats {

    /** The figures of one finished interval. */
    record Interval(long requests, long errors, double p50Ms, double p99Ms) {}

    private static final class Window {
        final LongAdder requests = new LongAdder();
        final LongAdder errors = new LongAdder();
        final LatencyHistogram latency = new LatencyHistogram();
    }

    private final AtomicReference<Window> current = new AtomicReference<>(new Window());

    void record(long nanos, boolean error) {
        Window window = current.get();
        window.requests.increment();
        if (error) {
            window.errors.increment();
        }
        window.latency.record(nanos);
    }

    /** The interval that ends now, or null when it saw no request. */
    Interval takeInterval() {
        if (current.get().requests.sum() == 0) {
            return null;
        }
        Window ended = current.getAndSet(new Window());
        return new Interval(
                ended.requests.sum(),
                ended.errors.sum(),
                ended.latency.quantileMs(0.5),
                ended.latency.quantileMs(0.99));
    }
}
