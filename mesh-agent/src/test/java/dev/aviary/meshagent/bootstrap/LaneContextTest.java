package dev.aviary.meshagent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LaneContextTest {

    @AfterEach
    void baselineInstance() {
        LaneContext.configure("", "x-aviary-lane");
    }

    @Test
    void closingAScopeRestoresThePreviousLane() {
        try (LaneScope gray = LaneContext.attach("gray")) {
            try (LaneScope featureX = LaneContext.attach("feature-x")) {
                assertThat(LaneContext.current()).isEqualTo("feature-x");
            }
            assertThat(LaneContext.current()).isEqualTo("gray");
        }
        assertThat(LaneContext.current()).isNull();
    }

    @Test
    void anInboundLabelBeatsTheInstancesOwnLane() {
        LaneContext.configure("gray", "x-aviary-lane");

        try (LaneScope scope = LaneContext.attachInbound("feature-x")) {
            assertThat(LaneContext.current()).isEqualTo("feature-x");
        }
        try (LaneScope scope = LaneContext.attachInbound(null)) {
            assertThat(LaneContext.current()).isEqualTo("gray");
        }
        assertThat(LaneContext.current()).isNull();
    }

    @Test
    void aMalformedLabelCountsAsNoLabel() {
        for (String label :
                new String[] {"", "  ", "Gray", "gray\r\nx-evil: 1", "9lives", "baseline", "a".repeat(41)}) {
            try (LaneScope scope = LaneContext.attachInbound(label)) {
                assertThat(LaneContext.current()).as(label).isNull();
            }
        }
        try (LaneScope scope = LaneContext.attachInbound(" feature-x2 ")) {
            assertThat(LaneContext.current()).isEqualTo("feature-x2");
        }
    }

    @Test
    void wrappedTasksRunWithTheLaneOfTheirSubmissionAndRestoreTheWorkers() throws Exception {
        Runnable runnable;
        Callable<String> callable;
        AtomicReference<String> seen = new AtomicReference<>();
        try (LaneScope scope = LaneContext.attach("gray")) {
            runnable = LaneRunnable.wrap(() -> seen.set(LaneContext.current()));
            callable = LaneCallable.wrap(LaneContext::current);
        }

        try (LaneScope worker = LaneContext.attach("feature-x")) {
            runnable.run();
            assertThat(seen).hasValue("gray");
            assertThat(callable.call()).isEqualTo("gray");
            assertThat(LaneContext.current()).isEqualTo("feature-x");
        }
    }

    @Test
    void baselineTasksAreNotWrapped() {
        Runnable task = () -> {};

        assertThat(LaneRunnable.wrap(task)).isSameAs(task);
    }
}
