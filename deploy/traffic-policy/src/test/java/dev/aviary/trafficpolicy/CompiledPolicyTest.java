package dev.aviary.trafficpolicy;

import static dev.aviary.trafficpolicy.Policies.compiled;
import static dev.aviary.trafficpolicy.Policies.header;
import static dev.aviary.trafficpolicy.Policies.matches;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CompiledPolicyTest {

    private final CompiledPolicy docsExample = compiled(Policies.DOCS_EXAMPLE);

    @Test
    void docsExampleRoutesTestersFirst() {
        assertThat(docsExample.size()).isEqualTo(5);
        assertThat(docsExample.evaluate(header("x-user-id", "1001"))).isEqualTo(new LaneDecision("gray", "testers"));
    }

    @Test
    void docsExampleRoutesTailSevenUsers() {
        assertThat(docsExample.evaluate(header("x-user-id", "1237"))).isEqualTo(new LaneDecision("gray", "tail-7"));
    }

    @Test
    void docsExampleRoutesNewAppVersions() {
        assertThat(docsExample.evaluate(header("x-app-version", "5.2.1")))
                .isEqualTo(new LaneDecision("gray", "new-app"));
        assertThat(docsExample.evaluate(header("x-app-version", "5.2.0-rc.1")).isBaseline())
                .isTrue();
    }

    @Test
    void docsExampleRoutesFivePercentOfOtherUsers() {
        // Bucket of gray:1002... users chosen by the contract hash; 1001 and 1002 are testers anyway.
        String inFivePercent = firstUserInBucketBelow(500);
        assertThat(docsExample.evaluate(header("x-user-id", inFivePercent)))
                .isEqualTo(new LaneDecision("gray", "five-pct"));
    }

    @Test
    void docsExampleRoutesGuangdongOutsideTheInternalNetworkToFeatureX() {
        SampleRequest outside = new SampleRequest(null, Map.of("region", "GD"), null, "203.0.113.9", "/");
        SampleRequest inside = new SampleRequest(null, Map.of("region", "GD"), null, "10.3.2.1", "/");
        SampleRequest noAddress = new SampleRequest(null, Map.of("region", "GD"), null, null, "/");
        assertThat(docsExample.evaluate(outside)).isEqualTo(new LaneDecision("feature-x", "gd"));
        assertThat(docsExample.evaluate(inside)).isEqualTo(LaneDecision.BASELINE);
        assertThat(docsExample.evaluate(noAddress)).isEqualTo(new LaneDecision("feature-x", "gd"));
    }

    @Test
    void requestsMatchingNoRuleGoToTheBaseline() {
        String outsideFivePercent = firstUserInBucketAtOrAbove(500);
        LaneDecision decision = docsExample.evaluate(header("x-user-id", outsideFivePercent));
        assertThat(decision.isBaseline()).isTrue();
        assertThat(decision.lane()).isNull();
        assertThat(decision.rule()).isNull();
        assertThat(CompiledPolicy.EMPTY.evaluate(header("x-user-id", "1001"))).isSameAs(LaneDecision.BASELINE);
        assertThat(CompiledPolicy.EMPTY.size()).isZero();
    }

    @Test
    void theFirstMatchingRuleWins() {
        CompiledPolicy policy = compiled("""
                {'rules': [
                  {'name': 'first', 'lane': 'lane-a', 'when': {'header': 'x-user-id', 'prefix': '1'}},
                  {'name': 'second', 'lane': 'lane-b', 'when': {'header': 'x-user-id', 'equals': '17'}}
                ]}
                """);
        assertThat(policy.evaluate(header("x-user-id", "17"))).isEqualTo(new LaneDecision("lane-a", "first"));
        assertThat(policy.evaluate(header("x-user-id", "27")).isBaseline()).isTrue();
    }

    @Test
    void allNeedsEveryConditionAnyNeedsOne() {
        SampleRequest request = new SampleRequest(Map.of("x-a", "1", "x-b", "2"), null, null, null, null);
        assertThat(matches("{'all': [{'header': 'x-a', 'equals': '1'}, {'header': 'x-b', 'equals': '2'}]}", request))
                .isTrue();
        assertThat(matches("{'all': [{'header': 'x-a', 'equals': '1'}, {'header': 'x-b', 'equals': '3'}]}", request))
                .isFalse();
        assertThat(matches("{'any': [{'header': 'x-a', 'equals': '9'}, {'header': 'x-b', 'equals': '2'}]}", request))
                .isTrue();
        assertThat(matches("{'any': [{'header': 'x-a', 'equals': '9'}, {'header': 'x-b', 'equals': '9'}]}", request))
                .isFalse();
        assertThat(matches("{'not': {'any': [{'header': 'x-a', 'equals': '9'}]}}", request))
                .isTrue();
    }

    @Test
    void compositesNestedSixteenLevelsDeepEvaluate() {
        // 14 nots, one all and the leaf: depth 16, the maximum.
        String condition = "{'all': [{'header': 'x-a', 'equals': '1'}]}";
        for (int i = 0; i < 14; i++) {
            condition = "{'not': " + condition + "}";
        }
        assertThat(matches(condition, header("x-a", "1"))).isTrue();
        assertThat(matches(condition, header("x-a", "2"))).isFalse();
    }

    @Test
    void evaluationReturnsTheSameDecisionInstances() {
        LaneDecision first = docsExample.evaluate(header("x-user-id", "1001"));
        assertThat(docsExample.evaluate(header("x-user-id", "1002"))).isSameAs(first);
    }

    private static String firstUserInBucketBelow(int bucket) {
        for (int i = 2_000_000; ; i++) {
            String user = Integer.toString(i);
            if (!user.endsWith("7") && StickyBucket.of("gray", user) < bucket) {
                return user;
            }
        }
    }

    private static String firstUserInBucketAtOrAbove(int bucket) {
        for (int i = 2_000_000; ; i++) {
            String user = Integer.toString(i);
            if (!user.endsWith("7") && StickyBucket.of("gray", user) >= bucket) {
                return user;
            }
        }
    }
}
