package dev.aviary.graygateway.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void quantilesAreWithinTenPercent() {
        var histogram = new LatencyHistogram();
        for (int ms = 1; ms <= 100; ms++) {
            histogram.record(ms * 1_000_000L);
        }

        assertThat(histogram.quantileMs(0.5)).isCloseTo(50, within(5.0));
        assertThat(histogram.quantileMs(0.99)).isCloseTo(99, within(10.0));
    }

    @Test
    void anIntervalWithoutRequestsIsNotReported() {
        var stats = new IntervalStats();
        assertThat(stats.takeInterval()).isNull();

        stats.record(2_000_000, false);
        stats.record(3_000_000, true);

        var interval = stats.takeInterval();
        assertThat(interval.requests()).isEqualTo(2);
        assertThat(interval.errors()).isEqualTo(1);
        assertThat(stats.takeInterval()).isNull();
    }
}
