package dev.aviary.meshagent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InstrumentationReadinessTest {

    @AfterEach
    void readyAgain() {
        InstrumentationReadiness.ready();
    }

    @Test
    void attachingALaneWaitsUntilTheAgentIsReadyButTheBaselineDoesNot() throws Exception {
        InstrumentationReadiness.pending();
        CountDownLatch attached = new CountDownLatch(1);
        AtomicReference<String> seen = new AtomicReference<String>();
        Thread worker = new Thread(() -> {
            try (LaneScope baseline = LaneContext.attach(null);
                    LaneScope gray = LaneContext.attach("gray")) {
                seen.set(LaneContext.current());
                attached.countDown();
            }
        });
        worker.start();

        assertThat(attached.await(300, TimeUnit.MILLISECONDS))
                .as("attached while pending")
                .isFalse();
        InstrumentationReadiness.ready();
        assertThat(attached.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(seen.get()).isEqualTo("gray");
        worker.join();
    }

    @Test
    void withoutAnAgentNothingWaits() {
        assertThat(InstrumentationReadiness.isReady()).isTrue();
        try (LaneScope gray = LaneContext.attach("gray")) {
            assertThat(LaneContext.current()).isEqualTo("gray");
        }
    }
}
