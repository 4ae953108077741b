package dev.aviary.trafficpolicy;

import static dev.aviary.trafficpolicy.Policies.json;
import static dev.aviary.trafficpolicy.Policies.policy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrafficPolicyTest {

    private static final String EVERY_OPERATOR = """
            {'rules': [
              {'name': 'a', 'lane': 'gray', 'when': {'any': [
                {'header': 'X-User-Id', 'equals': '1'},
                {'cookie': 'c', 'in': ['1', 'b']},
                {'query': 'q', 'in': {'list': 'testers'}},
                {'path': {'regex': '/api/.*'}},
                {'path': {'prefix': '/v2'}},
                {'header': 'x-user-id', 'tailDigits': ['7', '07']},
                {'header': 'x-user-id', 'modulo': {'divisor': 10, 'remainders': [1, 3]}},
                {'header': 'x-user-id', 'percent': 12.5, 'salt': 'spring'},
                {'path': {'percent': 100}},
                {'header': 'x-app-version', 'versionRange': '>=5.2.0 <6 || =4.9.1-rc.1'},
                {'clientIp': '10.0.0.0/8'},
                {'clientIp': {'cidr': ['2001:db8::/32', '192.168.0.0/16']}},
                {'not': {'all': [{'query': 'x', 'in': {'list': 'others', 'version': 4}}]}}
              ]}},
              {'name': 'b', 'lane': 'feature-x', 'when': {'path': {'in': {'list': 'testers'}}}}
            ]}
            """;

    @Test
    void toJsonRoundTripsEveryOperator() throws PolicyRejected {
        TrafficPolicy policy = policy(EVERY_OPERATOR);
        assertThat(TrafficPolicy.parse(policy.toJson())).isEqualTo(policy);
        assertThat(TrafficPolicy.parse(Policies.JSON.readTree(Policies.JSON.writeValueAsString(policy.toJson()))))
                .isEqualTo(policy);
    }

    @Test
    void toJsonIsCanonical() {
        assertThat(policy(EVERY_OPERATOR)
                        .toJson()
                        .get("rules")
                        .get(0)
                        .get("when")
                        .get("any"))
                .startsWith(json("{'header': 'x-user-id', 'equals': '1'}"))
                .contains(json("{'header': 'x-user-id', 'percent': 12.5, 'salt': 'spring'}"))
                .contains(json("{'path': {'percent': 100}}"))
                .contains(json("{'clientIp': {'cidr': '10.0.0.0/8'}}"))
                .endsWith(json("{'not': {'all': [{'query': 'x', 'in': {'list': 'others', 'version': 4}}]}}"));
        assertThat(policy(Policies.DOCS_EXAMPLE).toJson())
                .isEqualTo(json(Policies.DOCS_EXAMPLE.replace(
                        "{'clientIp': '10.0.0.0/8'}", "{'clientIp': {'cidr': '10.0.0.0/8'}}")));
    }

    @Test
    void lanesAreTheLanesRulesRouteTo() {
        assertThat(policy(Policies.DOCS_EXAMPLE).lanes()).containsExactly("gray", "feature-x");
        assertThat(TrafficPolicy.EMPTY.lanes()).isEmpty();
    }

    @Test
    void listReferencesNameTheirField() {
        assertThat(policy(EVERY_OPERATOR).listReferences())
                .containsExactly(
                        new ListReference("testers", null, "rules[0].when.any[2].in"),
                        new ListReference("others", 4L, "rules[0].when.any[12].not.all[0].in"),
                        new ListReference("testers", null, "rules[1].when.path.in"));
    }

    @Test
    void pinListsSetsVersionsOfTheNamedListsOnly() {
        TrafficPolicy pinned = policy(EVERY_OPERATOR).pinLists(Map.of("testers", 3L));
        assertThat(pinned.listReferences())
                .extracting(ListReference::name, ListReference::version)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("testers", 3L),
                        org.assertj.core.groups.Tuple.tuple("others", 4L),
                        org.assertj.core.groups.Tuple.tuple("testers", 3L));
        assertThat(pinned.toJson().toString()).contains("{\"list\":\"testers\",\"version\":3}");
        assertThat(pinned.pinLists(Map.of("others", 5L)).listReferences())
                .extracting(ListReference::version)
                .containsExactly(3L, 5L, 3L);
    }

    @Test
    void emptyPolicyHasNoRules() throws PolicyRejected {
        assertThat(TrafficPolicy.parse(json("{'rules': []}"))).isEqualTo(TrafficPolicy.EMPTY);
        assertThat(TrafficPolicy.EMPTY.toJson()).isEqualTo(json("{'rules': []}"));
        assertThat(CompiledPolicy.compile(TrafficPolicy.EMPTY, (n, v) -> List.of())
                        .size())
                .isZero();
    }
}
