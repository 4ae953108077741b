package dev.aviary.meshagent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class LaneCountersTest {

    @Test
    void aListenerHearsOfLanesCountedBeforeAndOfEachNewLaneOnce() {
        LaneCounters.count("listened-before", LaneCounters.Kind.IN);
        List<String> heard = new CopyOnWriteArrayList<>();
        LaneCounters.addListener(heard::add);

        assertThat(heard).contains("listened-before");
        heard.clear();

        LaneCounters.count("listened-after", LaneCounters.Kind.OUT);
        LaneCounters.count("listened-after", LaneCounters.Kind.FALLBACK);
        LaneCounters.count("listened-before", LaneCounters.Kind.IN);

        assertThat(heard).containsExactly("listened-after");
    }

    @Test
    void aFailingListenerDoesNotStopTheCount() {
        LaneCounters.addListener(lane -> {
            throw new IllegalStateException("broken listener");
        });

        LaneCounters.count("counted-anyway", LaneCounters.Kind.REFUSED);

        assertThat(LaneCounters.get("counted-anyway", LaneCounters.Kind.REFUSED))
                .isEqualTo(1);
    }

    @Test
    void theBaselineCountsUnderItsName() {
        LaneCounters.count(null, LaneCounters.Kind.IN);

        assertThat(LaneCounters.counter(null, LaneCounters.Kind.IN))
                .isSameAs(LaneCounters.counter(LaneCounters.BASELINE, LaneCounters.Kind.IN));
        assertThat(LaneCounters.counter("never-counted", LaneCounters.Kind.IN)).isNull();
    }
}
