package dev.aviary.meshagent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallLanesTest {

    @AfterEach
    void baselineInstance() {
        LaneContext.configure("", "x-aviary-lane");
    }

    @Test
    void aCallsStepsRunInTheLaneItArrivedWithAndRestoreTheThreads() {
        Object call = new Object();
        CallLanes.rememberInbound(call, "feature-x");

        try (LaneScope stale = LaneContext.attach("stale")) {
            try (LaneScope step = CallLanes.attach(call)) {
                assertThat(LaneContext.current()).isEqualTo("feature-x");
            }
            assertThat(LaneContext.current()).isEqualTo("stale");
        }
    }

    @Test
    void anUnlabelledOrMalformedCallTakesTheInstancesOwnLaneAndALabelBeatsIt() {
        LaneContext.configure("gray", "x-aviary-lane");
        Object unlabelled = new Object();
        Object malformed = new Object();
        Object labelled = new Object();
        CallLanes.rememberInbound(unlabelled, null);
        CallLanes.rememberInbound(malformed, "Gray\r\n");
        CallLanes.rememberInbound(labelled, "feature-x");

        assertThat(laneOf(unlabelled)).isEqualTo("gray");
        assertThat(laneOf(malformed)).isEqualTo("gray");
        assertThat(laneOf(labelled)).isEqualTo("feature-x");
    }

    @Test
    void aBaselineCallsStepsSeeNoLaneEvenOnAThreadThatHasOne() {
        Object baseline = new Object();
        CallLanes.rememberInbound(baseline, null);
        Object startedWithoutLane = new Object();
        CallLanes.rememberCurrent(startedWithoutLane);

        try (LaneScope stale = LaneContext.attach("stale")) {
            assertThat(laneOf(baseline)).isNull();
            assertThat(laneOf(startedWithoutLane)).isNull();
            assertThat(LaneContext.current()).isEqualTo("stale");
        }
    }

    @Test
    void anOutgoingCallKeepsTheLaneItWasStartedInUntilItIsForgotten() {
        Object call = new Object();
        try (LaneScope gray = LaneContext.attach("gray")) {
            CallLanes.rememberCurrent(call);
        }

        assertThat(laneOf(call)).isEqualTo("gray");
        CallLanes.forget(call);
        assertThat(laneOf(call)).isNull();
    }

    private static String laneOf(Object call) {
        try (LaneScope step = CallLanes.attach(call)) {
            return LaneContext.current();
        }
    }
}
