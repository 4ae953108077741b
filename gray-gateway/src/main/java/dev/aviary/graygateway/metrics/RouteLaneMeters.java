package dev.aviary.graygateway.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** The meters of one route and lane: a timer per outcome (made on first use) and the interval figures. */
final class RouteLaneMeters {

    static final String TIMER = "aviary.gateway.requests";

    private final MeterRegistry registry;
    private final String gateway;
    private final String route;
    private final String lane;
    private final AtomicReferenceArray<Timer> timers = new AtomicReferenceArray<>(Outcome.values().length);
    private final IntervalStats interval = new IntervalStats();

    RouteLaneMeters(MeterRegistry registry, String gateway, String route, String lane) {
        this.registry = registry;
        this.gateway = gateway;
        this.route = route;
        this.lane = lane;
    }

    String route() {
        return route;
    }

    String lane() {
        return lane;
    }

    IntervalStats interval() {
        return interval;
    }

    void record(long nanos, int status) {
        Outcome outcome = Outcome.forStatus(status);
        timer(outcome).record(nanos, TimeUnit.NANOSECONDS);
        interval.record(nanos, status >= 500);
    }

    private Timer timer(Outcome outcome) {
        Timer timer = timers.get(outcome.ordinal());
        if (timer == null) {
            timer = Timer.builder(TIMER)
                    .description("Requests the gray gateway proxied, by route, lane and outcome")
                    .tags("gateway", gateway, "route", route, "lane", lane, "outcome", outcome.name())
                    .publishPercentileHistogram()
                    .register(registry);
            timers.set(outcome.ordinal(), timer);
        }
        return timer;
    }
}
