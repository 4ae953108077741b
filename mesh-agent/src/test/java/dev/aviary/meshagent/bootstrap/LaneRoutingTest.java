package dev.aviary.meshagent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LaneRoutingTest {

    /** Instances 0 and 3 are baseline (absent and empty metadata), 1 is gray, 2 is feature-x. */
    private static final String[] ORDERS = {null, "gray", "feature-x", " "};

    private static final String[] BASELINE_ONLY = {null, ""};

    @BeforeEach
    void rules() {
        LaneRules.replace(LaneRules.of(
                4,
                List.of(
                        new LaneRules.Lane("gray", false, List.of()),
                        new LaneRules.Lane("strict-one", true, List.of()),
                        new LaneRules.Lane("locked-one", false, List.of("orders")))));
    }

    @AfterEach
    void noRules() {
        LaneRules.replace(LaneRules.NONE);
    }

    @Test
    void baselineWorkOnlyReachesBaselineInstances() {
        assertThat(LaneRouting.eligible("orders", ORDERS)).containsExactly(0, 3);
    }

    @Test
    void baselineWorkNeverFallsIntoALane() {
        assertThat(LaneRouting.eligible("orders", new String[] {"gray", "feature-x"}))
                .isEmpty();
    }

    @Test
    void laneWorkReachesItsOwnInstancesOnly() {
        try (LaneScope ignored = LaneContext.attach("gray")) {
            assertThat(LaneRouting.eligible("orders", ORDERS)).containsExactly(1);
        }
        try (LaneScope ignored = LaneContext.attach("feature-x")) {
            assertThat(LaneRouting.eligible("orders", ORDERS)).containsExactly(2);
        }
    }

    @Test
    void aLaneWithoutInstancesFallsBackToTheBaselineAndIsCounted() {
        long before = LaneCounters.get("gray", LaneCounters.Kind.FALLBACK);
        try (LaneScope ignored = LaneContext.attach("gray")) {
            assertThat(LaneRouting.eligible("payments", BASELINE_ONLY)).containsExactly(0, 1);
        }
        assertThat(LaneCounters.get("gray", LaneCounters.Kind.FALLBACK)).isEqualTo(before + 1);
    }

    @Test
    void aStrictLaneWithoutInstancesIsRefused() {
        long before = LaneCounters.get("strict-one", LaneCounters.Kind.REFUSED);
        try (LaneScope ignored = LaneContext.attach("strict-one")) {
            assertThatThrownBy(() -> LaneRouting.eligible("payments", BASELINE_ONLY))
                    .isInstanceOf(LaneRefusedException.class)
                    .hasMessageContaining("lane 'strict-one' is strict and has no healthy instance of 'payments'");
        }
        assertThat(LaneCounters.get("strict-one", LaneCounters.Kind.REFUSED)).isEqualTo(before + 1);
    }

    @Test
    void aLockedLaneOnlyReachesTheServicesItLists() {
        try (LaneScope ignored = LaneContext.attach("locked-one")) {
            assertThat(LaneRouting.eligible("orders", ORDERS)).containsExactly(0, 3);
            assertThatThrownBy(() -> LaneRouting.eligible("payments", BASELINE_ONLY))
                    .isInstanceOf(LaneRefusedException.class)
                    .hasMessageContaining("lane 'locked-one' is locked to [orders]; 'payments' is not one of them");
        }
    }

    @Test
    void anUndeclaredLaneUsesItsInstancesWhereTheyExistElseTheBaseline() {
        try (LaneScope ignored = LaneContext.attach("feature-x")) {
            assertThat(LaneRouting.eligible("orders", ORDERS)).containsExactly(2);
            assertThat(LaneRouting.eligible("payments", BASELINE_ONLY)).containsExactly(0, 1);
        }
    }

    @Test
    void beforeAnyRulesNoLaneIsStrictOrLocked() {
        LaneRules.replace(LaneRules.NONE);
        try (LaneScope ignored = LaneContext.attach("strict-one")) {
            assertThat(LaneRouting.eligible("payments", BASELINE_ONLY)).containsExactly(0, 1);
        }
        try (LaneScope ignored = LaneContext.attach("locked-one")) {
            assertThat(LaneRouting.eligible("payments", BASELINE_ONLY)).containsExactly(0, 1);
        }
    }

    @Test
    void aRegistryClientFillingItsCacheSeesEveryInstanceAndNothingIsCounted() {
        long before = LaneCounters.get("strict-one", LaneCounters.Kind.REFUSED);
        try (LaneScope ignored = LaneContext.attach("strict-one")) {
            boolean begun = LaneRouting.beginDiscovery();
            boolean nested = LaneRouting.beginDiscovery();
            try {
                assertThat(LaneRouting.eligible("orders", ORDERS)).containsExactly(0, 1, 2, 3);
                assertThat(LaneRouting.eligible("payments", BASELINE_ONLY)).containsExactly(0, 1);
            } finally {
                LaneRouting.endDiscovery(nested);
                assertThat(LaneRouting.eligible("orders", new String[] {"x"})).containsExactly(0);
                LaneRouting.endDiscovery(begun);
            }
            assertThat(begun).isTrue();
            assertThat(nested).isFalse();
            assertThatThrownBy(() -> LaneRouting.eligible("payments", BASELINE_ONLY))
                    .isInstanceOf(LaneRefusedException.class);
        }
        assertThat(LaneCounters.get("strict-one", LaneCounters.Kind.REFUSED)).isEqualTo(before + 1);
    }
}
