package dev.aviary.releaseapi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.releaseapi.ApiClient.Reply;
import dev.aviary.releaseapi.ReleaseApiIntegration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuditTrailTest extends ReleaseApiIntegration {

    @Test
    void aChangeIsRecordedWithActorTargetBeforeAndAfter() {
        String key = unique("aud");
        admin().post("/api/v1/projects", "{\"key\":\"%s\",\"name\":\"Before\"}".formatted(key));
        admin().patch("/api/v1/projects/" + key, "{\"name\":\"After\"}");

        JsonNode event = latest("target=project/" + key + "&action=project.update");

        assertThat(event.path("actor").asString()).isEqualTo("admin");
        assertThat(event.path("actorKind").asString()).isEqualTo("user");
        assertThat(event.path("result").asString()).isEqualTo("success");
        assertThat(event.path("before").path("name").asString()).isEqualTo("Before");
        assertThat(event.path("after").path("name").asString()).isEqualTo("After");
        assertThat(event.path("clientIp").asString()).isEqualTo("127.0.0.1");
        assertThat(event.path("service").asString()).isEqualTo("release-api");
        assertThat(event.path("hash").asString()).hasSize(64);
    }

    @Test
    void secretsAreRedactedFromSnapshots() {
        Reply token = admin().post("/api/v1/tokens", "{\"name\":\"%s\"}".formatted(unique("redact")));

        JsonNode event = latest("target=token/" + token.text("id"));

        assertThat(event.path("action").asString()).isEqualTo("token.create");
        assertThat(event.path("after").path("token").asString()).isEqualTo("[redacted]");
        assertThat(event.toString()).doesNotContain(token.text("token"));
    }

    @Test
    void aRefusedCallIsRecordedAsDenied() {
        String name = unique("deny");
        String viewer = userWithToken(name);
        String project = projectWithMember(name, "viewer", false);

        anonymous()
                .as(viewer)
                .post("/api/v1/projects/" + project + "/applications", "{\"name\":\"web\",\"type\":\"host\"}");

        JsonNode event = latest("actor=" + name);
        assertThat(event.path("result").asString()).isEqualTo("denied");
        assertThat(event.path("status").asInt()).isEqualTo(403);
        assertThat(event.path("action").asString()).isEqualTo("POST /api/v1/projects/{project}/applications");
        assertThat(event.path("target").asString()).isEqualTo("/api/v1/projects/" + project + "/applications");
    }

    @Test
    void theTrailIsFilteredByActorActionTargetAndTime() {
        String key = unique("flt");
        admin().post("/api/v1/projects", "{\"key\":\"%s\",\"name\":\"F\"}".formatted(key));

        assertThat(admin().get("/api/v1/audit-events?target=project/" + key)
                        .body()
                        .path("content")
                        .size())
                .isEqualTo(1);
        assertThat(admin().get("/api/v1/audit-events?target=project/" + key + "&action=project.delete")
                        .body()
                        .path("content")
                        .size())
                .isZero();
        assertThat(admin().get("/api/v1/audit-events?target=project/" + key + "&from=2999-01-01T00:00:00Z")
                        .body()
                        .path("content")
                        .size())
                .isZero();
        assertThat(admin().get("/api/v1/audit-events?from=yesterday").status()).isEqualTo(400);
    }

    @Test
    void aChangedRecordIsReportedByVerifyAndRestoringItHealsTheChain() {
        admin().post("/api/v1/projects", "{\"key\":\"%s\",\"name\":\"T\"}".formatted(unique("tmp")));
        assertThat(admin().get("/api/v1/audit-events/verify")
                        .body()
                        .path("intact")
                        .asBoolean())
                .isTrue();
        Map<String, Object> victim = jdbc.queryForMap(
                "select sequence, actor from release_api.audit_events order by sequence limit 1 offset 1");
        long sequence = ((Number) victim.get("sequence")).longValue();

        jdbc.update("update release_api.audit_events set actor = 'someone-else' where sequence = ?", sequence);
        try {
            Reply verify = admin().get("/api/v1/audit-events/verify");
            assertThat(verify.body().path("intact").asBoolean()).isFalse();
            assertThat(verify.body().path("firstBrokenSequence").asLong()).isEqualTo(sequence);
            assertThat(verify.text("problem")).contains("changed");
        } finally {
            jdbc.update(
                    "update release_api.audit_events set actor = ? where sequence = ?", victim.get("actor"), sequence);
        }
        assertThat(admin().get("/api/v1/audit-events/verify")
                        .body()
                        .path("intact")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aDeletedRecordIsReportedByVerify() {
        admin().post("/api/v1/projects", "{\"key\":\"%s\",\"name\":\"D\"}".formatted(unique("del")));
        Map<String, Object> row =
                jdbc.queryForMap("select * from release_api.audit_events order by sequence limit 1 offset 2");
        long sequence = ((Number) row.get("sequence")).longValue();

        jdbc.update("delete from release_api.audit_events where sequence = ?", sequence);
        try {
            Reply verify = admin().get("/api/v1/audit-events/verify");
            assertThat(verify.body().path("intact").asBoolean()).isFalse();
            assertThat(verify.body().path("firstBrokenSequence").asLong()).isEqualTo(sequence);
            assertThat(verify.text("problem")).contains("missing");
        } finally {
            reinsert(row);
        }
        assertThat(admin().get("/api/v1/audit-events/verify")
                        .body()
                        .path("intact")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void theInternalIngestIsIdempotentAndClosedToPeople() {
        String event = """
                [{"id":"6f1c1f3e-3b7a-4a51-9a3f-6d2f7b1c0a01","occurredAt":"2026-11-26T10:00:00.123456Z","actor":"bob",
                  "actorKind":"user","action":"environment.create","target":"project/x/environment/dev","before":null,
                  "after":"{\\"name\\":\\"dev\\"}","result":"success","status":null,"clientIp":"10.1.2.3","service":"env-manager"}]
                """;
        assertThat(admin().post("/internal/v1/audit-events", event).status()).isEqualTo(403);

        var internal = anonymous().as(INTERNAL_TOKEN);
        assertThat(internal.post("/internal/v1/audit-events", event).status()).isEqualTo(204);
        assertThat(internal.post("/internal/v1/audit-events", event).status()).isEqualTo(204);

        Reply found = admin().get("/api/v1/audit-events?actor=bob&target=project/x/environment/dev");
        assertThat(found.body().path("content").size()).isEqualTo(1);
        assertThat(found.body()
                        .path("content")
                        .get(0)
                        .path("after")
                        .path("name")
                        .asString())
                .isEqualTo("dev");
    }

    private JsonNode latest(String query) {
        Reply reply = admin().get("/api/v1/audit-events?" + query);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("content").size()).isPositive();
        return reply.body().path("content").get(0);
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.update(
                "insert into release_api.audit_events (sequence, id, occurred_at, recorded_at, actor, actor_kind, action,"
                        + " target, before, after, result, status, client_ip, service, prev_hash, hash)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("sequence"),
                row.get("id"),
                row.get("occurred_at"),
                row.get("recorded_at"),
                row.get("actor"),
                row.get("actor_kind"),
                row.get("action"),
                row.get("target"),
                row.get("before"),
                row.get("after"),
                row.get("result"),
                row.get("status"),
                row.get("client_ip"),
                row.get("service"),
                row.get("prev_hash"),
                row.get("hash"));
    }
}
