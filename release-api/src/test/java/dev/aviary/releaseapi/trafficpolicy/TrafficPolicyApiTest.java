package dev.aviary.releaseapi.trafficpolicy;

import static dev.aviary.releaseapi.TrafficFixtures.EXAMPLE_RULES;
import static dev.aviary.releaseapi.TrafficFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.releaseapi.ApiClient.Reply;
import dev.aviary.releaseapi.ReleaseApiIntegration;
import dev.aviary.releaseapi.TrafficFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class TrafficPolicyApiTest extends ReleaseApiIntegration {

    private String gateway;

    @BeforeEach
    void exampleLanes() {
        TrafficFixtures.declareExampleLanes(admin());
        gateway = unique("shop-ingress");
    }

    private String path() {
        return "/api/v1/traffic-policies/" + gateway;
    }

    private Reply putExample() {
        Reply put = admin().put(path(), "{\"rules\": " + EXAMPLE_RULES + ", \"comment\": \"first\"}");
        assertThat(put.status()).as(put.raw()).isEqualTo(200);
        return put;
    }

    @Test
    void theDocsExampleIsStoredAsVersionOne() {
        assertThat(admin().get(path()).status()).isEqualTo(404);

        Reply put = putExample();

        assertThat(put.body().path("version").asLong()).isEqualTo(1);
        assertThat(put.body().path("action").asString()).isEqualTo("put");
        assertThat(put.body().path("comment").asString()).isEqualTo("first");
        assertThat(put.body().path("createdBy").asString()).isEqualTo("admin");
        assertThat(put.body().path("rules").size()).isEqualTo(5);
        JsonNode current = admin().get(path()).body();
        assertThat(current.path("version").asLong()).isEqualTo(1);
        assertThat(current.path("rules").get(0).path("name").asString()).isEqualTo("testers");

        JsonNode gateways =
                admin().get("/api/v1/traffic-policies?size=200").body().path("content");
        JsonNode mine = null;
        for (JsonNode g : gateways) {
            if (g.path("gateway").asString().equals(gateway)) {
                mine = g;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.path("rules").asInt()).isEqualTo(5);
        assertThat(mine.path("version").asLong()).isEqualTo(1);
        assertThat(mine.path("replicas").asInt()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown top-level field   | {"rules": [], "rulez": []}                                                                   | rulez
            unknown field in a rule   | {"rules": [{"name": "a", "lane": "gray", "colour": 1, "when": {"header": "h", "equals": "x"}}]} | rules[0]
            unknown operator          | {"rules": [{"name": "a", "lane": "gray", "when": {"header": "h", "like": "x"}}]}             | rules[0].when
            bad regex                 | {"rules": [{"name": "a", "lane": "gray", "when": {"header": "h", "regex": "(unclosed"}}]}    | rules[0].when.regex
            bad range                 | {"rules": [{"name": "a", "lane": "gray", "when": {"all": [{"header": "v", "versionRange": ">=banana"}]}}]} | rules[0].when.all[0].versionRange
            undeclared lane           | {"rules": [{"name": "a", "lane": "nowhere-lane", "when": {"header": "h", "equals": "x"}}]}   | rules[0].lane
            unknown list              | {"rules": [{"name": "a", "lane": "gray", "when": {"header": "h", "in": {"list": "no-such-list"}}}]} | rules[0].when.in
            duplicate rule names      | {"rules": [{"name": "a", "lane": "gray", "when": {"header": "h", "equals": "x"}}, {"name": "a", "lane": "gray", "when": {"header": "h", "equals": "y"}}]} | rules[1].name
            """)
    void anInvalidPolicyIsRefusedWithItsFieldAndChangesNothing(String failure, String body, String field) {
        putExample();

        Reply refused = admin().put(path(), body);

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.headers().getContentType()).hasToString("application/problem+json");
        assertThat(refused.text("type")).isEqualTo("/problems/invalid-request");
        assertThat(refused.body().path("errors").get(0).path("field").asString())
                .as(refused.raw())
                .startsWith(field);
        assertThat(admin().get(path()).body().path("version").asLong()).isEqualTo(1);
        assertThat(admin().get(path() + "/versions")
                        .body()
                        .path("page")
                        .path("totalElements")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void versionsRollbackAndTheEmergencyStopAreNewVersions() {
        putExample();
        Reply second = admin().put(
                        path(),
                        policy(
                                "[{\"name\": \"only\", \"lane\": \"gray\", \"when\": {\"header\": \"h\", \"equals\": \"x\"}}]"));
        assertThat(second.body().path("version").asLong()).isEqualTo(2);

        Reply rollback = admin().post(path() + "/rollback", "{\"version\": 1}");
        assertThat(rollback.status()).as(rollback.raw()).isEqualTo(200);
        assertThat(rollback.body().path("version").asLong()).isEqualTo(3);
        assertThat(rollback.body().path("action").asString()).isEqualTo("rollback");
        assertThat(rollback.body().path("rules"))
                .isEqualTo(admin().get(path() + "/versions/1").body().path("rules"));

        Reply stop = admin().delete(path());
        assertThat(stop.status()).isEqualTo(200);
        assertThat(stop.body().path("version").asLong()).isEqualTo(4);
        assertThat(stop.body().path("action").asString()).isEqualTo("clear");
        assertThat(stop.body().path("rules").size()).isZero();
        assertThat(evaluate("{\"headers\": {\"x-user-id\": \"1001\"}}")
                        .path("lane")
                        .isNull())
                .isTrue();

        JsonNode versions = admin().get(path() + "/versions?size=2").body();
        assertThat(versions.path("page").path("totalElements").asLong()).isEqualTo(4);
        assertThat(versions.path("content").get(0).path("version").asLong()).isEqualTo(4);
        assertThat(versions.path("content").get(1).path("version").asLong()).isEqualTo(3);
        assertThat(admin().get(path() + "/versions/9").status()).isEqualTo(404);
        assertThat(admin().post(path() + "/rollback", "{\"version\": 9}").status())
                .isEqualTo(404);
        assertThat(admin().post(path() + "/rollback", "{}").status()).isEqualTo(400);
    }

    @Test
    void aRollbackIsCheckedAgainstTodaysLanes() {
        String lane = unique("short-lived");
        admin().put("/api/v1/lanes/" + lane, "{}");
        admin().put(
                        path(),
                        policy("[{\"name\": \"a\", \"lane\": \"" + lane
                                + "\", \"when\": {\"header\": \"h\", \"equals\": \"x\"}}]"));
        admin().delete(path());
        assertThat(admin().delete("/api/v1/lanes/" + lane).status()).isEqualTo(204);

        Reply rollback = admin().post(path() + "/rollback", "{\"version\": 1}");

        assertThat(rollback.status()).isEqualTo(400);
        assertThat(rollback.body().path("errors").get(0).path("field").asString())
                .isEqualTo("rules[0].lane");
        assertThat(admin().get(path()).body().path("version").asLong()).isEqualTo(2);
    }

    @Test
    void eachExampleRuleDecidesItsRequests() {
        putExample();

        assertDecision("{\"headers\": {\"x-user-id\": \"1001\"}}", "gray", "testers");
        assertDecision("{\"headers\": {\"X-User-Id\": \"1237\"}}", "gray", "tail-7");
        assertDecision("{\"headers\": {\"x-app-version\": \"v5.3\"}}", "gray", "new-app");
        assertDecision(
                "{\"cookies\": {\"region\": \"GD\"}, \"clientIp\": \"203.0.113.9\", \"path\": \"/\"}",
                "feature-x",
                "gd");
        assertDecision("{\"cookies\": {\"region\": \"GD\"}, \"clientIp\": \"10.1.2.3\"}", null, null);
        assertDecision("{\"headers\": {\"x-app-version\": \"5.1.9\"}}", null, null);

        String fivePercent = null;
        for (int id = 20_000; id < 22_000 && fivePercent == null; id++) {
            if (id % 10 == 7) {
                continue;
            }
            JsonNode decision = evaluate("{\"headers\": {\"x-user-id\": \"" + id + "\"}}");
            if ("five-pct".equals(decision.path("rule").asString())) {
                fivePercent = String.valueOf(id);
            }
        }
        assertThat(fivePercent)
                .as("some user among 2000 falls into the first 5 %")
                .isNotNull();
        assertDecision("{\"headers\": {\"x-user-id\": \"" + fivePercent + "\"}}", "gray", "five-pct");
    }

    @Test
    void draftRulesAreTriedWithoutBeingStored() {
        putExample();

        JsonNode draft = evaluate("""
                {"headers": {"x-user-id": "1001"},
                 "rules": [{"name": "everyone", "lane": "feature-x", "when": {"path": {"prefix": "/"}}}]}""");

        assertThat(draft.path("lane").asString()).isEqualTo("feature-x");
        assertThat(draft.path("rule").asString()).isEqualTo("everyone");
        assertThat(draft.path("version").isNull()).isTrue();
        assertThat(admin().get(path()).body().path("version").asLong()).isEqualTo(1);
        Reply badDraft = admin().post(
                        path() + "/evaluate",
                        "{\"rules\": [{\"name\": \"x\", \"lane\": \"nowhere\", \"when\": {\"header\": \"h\", \"equals\": \"x\"}}]}");
        assertThat(badDraft.status()).isEqualTo(400);
        assertThat(badDraft.body().path("errors").get(0).path("field").asString())
                .isEqualTo("rules[0].lane");
    }

    @Test
    void aBadSampleIsRefusedAtItsField() {
        putExample();

        Reply badIp = admin().post(path() + "/evaluate", "{\"clientIp\": \"not-an-ip\"}");
        assertThat(badIp.status()).isEqualTo(400);
        assertThat(badIp.body().path("errors").get(0).path("field").asString()).isEqualTo("clientIp");

        Reply unknown = admin().post(path() + "/evaluate", "{\"header\": {}}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("errors").get(0).path("field").asString())
                .isEqualTo("header");
    }

    @Test
    void aGatewayWithoutPolicySendsEverythingToTheBaseline() {
        JsonNode decision = evaluate("{\"headers\": {\"x-user-id\": \"1001\"}}");

        assertThat(decision.path("lane").isNull()).isTrue();
        assertThat(decision.path("version").asLong()).isZero();
        assertThat(admin().get("/api/v1/traffic-policies/Not_A_Gateway").status())
                .isEqualTo(400);
    }

    @Test
    void aLaneRoutedToByACurrentPolicyCannotBeDeleted() {
        String lane = unique("busy");
        admin().put("/api/v1/lanes/" + lane, "{}");
        admin().put(
                        path(),
                        policy("[{\"name\": \"a\", \"lane\": \"" + lane
                                + "\", \"when\": {\"header\": \"h\", \"equals\": \"x\"}}]"));

        Reply refused = admin().delete("/api/v1/lanes/" + lane);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("type")).isEqualTo("/problems/lane-in-use");
        assertThat(refused.text("detail")).contains(gateway);
        assertThat(refused.body().path("gateways").get(0).asString()).isEqualTo(gateway);
        admin().delete(path());
        assertThat(admin().delete("/api/v1/lanes/" + lane).status()).isEqualTo(204);
    }

    @Test
    void everyChangeIsAuditedWithBeforeAndAfter() {
        putExample();
        evaluate("{\"headers\": {\"x-user-id\": \"1001\"}}");
        admin().delete(path());

        JsonNode events = admin().get("/api/v1/audit-events?target=traffic-policy/" + gateway)
                .body()
                .path("content");

        assertThat(events.size()).isEqualTo(2);
        assertThat(events.get(0).path("action").asString()).isEqualTo("traffic-policy.clear");
        assertThat(events.get(0).path("before").path("version").asLong()).isEqualTo(1);
        assertThat(events.get(0).path("after").path("version").asLong()).isEqualTo(2);
        assertThat(events.get(1).path("action").asString()).isEqualTo("traffic-policy.put");
        assertThat(events.get(1).path("before").isNull()
                        || events.get(1).path("before").isMissingNode())
                .isTrue();
        assertThat(events.get(1).path("after").path("rules").size()).isEqualTo(5);
        assertThat(admin().get("/api/v1/audit-events?target=/api/v1/traffic-policies/" + gateway)
                        .body()
                        .path("content")
                        .size())
                .as("trying a sample request changes nothing and leaves no record")
                .isZero();
    }

    private JsonNode evaluate(String sample) {
        Reply reply = admin().post(path() + "/evaluate", sample);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.body();
    }

    private void assertDecision(String sample, String lane, String rule) {
        JsonNode decision = evaluate(sample);
        assertThat(decision.path("lane").isNull() ? null : decision.path("lane").asString())
                .as(sample)
                .isEqualTo(lane);
        assertThat(decision.path("rule").isNull() ? null : decision.path("rule").asString())
                .as(sample)
                .isEqualTo(rule);
    }
}
