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

    @Test
    void everyBaselineCountAddsUpFromManyThreads() throws InterruptedException {
        long before = LaneCounters.get(null, LaneCounters.Kind.OUT);
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    LaneCounters.count(null, LaneCounters.Kind.OUT);
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(LaneCounters.get(null, LaneCounters.Kind.OUT) - before).isEqualTo(40_000);
        assertThat(LaneCounters.snapshot().get(LaneCounters.BASELINE).get(LaneCounters.Kind.OUT))
                .isEqualTo(LaneCounters.get(null, LaneCounters.Kind.OUT));
    }

    @Test
    void aClientInventingLabelsCannotGrowTheCountersWithoutBound() {
        LaneCounters.Table table = new LaneCounters.Table(10);
        assertThat(table.count("counted-early", LaneCounters.Kind.IN)).isEqualTo("counted-early");
        for (int i = 0; i < 60; i++) {
            table.count("invented-" + i, LaneCounters.Kind.IN);
        }
        assertThat(table.count("counted-early", LaneCounters.Kind.IN))
                .as("not new")
                .isNull();

        assertThat(table.counts).hasSize(10).containsKey(LaneCounters.OTHER).doesNotContainKey("invented-59");
        assertThat(table.counts.get(LaneCounters.OTHER)[LaneCounters.Kind.IN.ordinal()].sum())
                .as("the 52 lanes beyond the first 8 new ones")
                .isEqualTo(52);
        assertThat(table.counts.get("counted-early")[LaneCounters.Kind.IN.ordinal()].sum())
                .as("a lane counted before the cap keeps counting")
                .isEqualTo(2);
    }
}
