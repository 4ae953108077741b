package dev.aviary.releaseapi.trafficlist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.releaseapi.ApiClient.Reply;
import dev.aviary.releaseapi.ReleaseApiIntegration;
import dev.aviary.releaseapi.TrafficFixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TrafficListApiTest extends ReleaseApiIntegration {

    private static byte[] lines(int count, int from) {
        StringBuilder text = new StringBuilder(count * 8);
        for (int i = 0; i < count; i++) {
            text.append(from + i).append(i % 1000 == 0 ? "\r\n\n" : "\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aLargeTextUploadIsStoredCompactlyAndServedBack() {
        String name = unique("testers");

        Reply put = admin().putText("/api/v1/traffic-lists/" + name + "?description=QA", lines(150_000, 1_000_000));

        assertThat(put.status()).as(put.raw()).isEqualTo(201);
        assertThat(put.body().path("version").asLong()).isEqualTo(1);
        assertThat(put.body().path("size").asInt()).isEqualTo(150_000);
        assertThat(put.body().path("description").asString()).isEqualTo("QA");
        Integer stored = jdbc.queryForObject(
                "select length(entries) from release_api.traffic_list_versions where name = ?", Integer.class, name);
        assertThat(stored).isLessThan(1_500_000);

        Reply entries = admin().getText("/api/v1/traffic-lists/" + name + "/versions/1/entries");
        assertThat(entries.status()).isEqualTo(200);
        assertThat(entries.headers().getContentType().toString()).startsWith("text/plain");
        String[] served = entries.raw().split("\n");
        assertThat(served).hasSize(150_000);
        assertThat(served[0]).isEqualTo("1000000");
        assertThat(served[149_999]).isEqualTo("1149999");

        JsonNode metadata = admin().get("/api/v1/traffic-lists/" + name).body();
        assertThat(metadata.path("size").asInt()).isEqualTo(150_000);
        assertThat(admin().get("/api/v1/traffic-lists?size=200").raw()).contains(name);
        assertThat(anonymous()
                        .as(INTERNAL_TOKEN)
                        .getText("/internal/v1/traffic-lists/" + name + "/versions/1/entries")
                        .raw())
                .isEqualTo(entries.raw());
    }

    @Test
    void aMillionEntriesAreAcceptedAndOneMoreIsNot() {
        String name = unique("million");

        Reply million = admin().putText("/api/v1/traffic-lists/" + name, lines(1_000_000, 10_000_000));
        assertThat(million.status()).as(million.raw()).isEqualTo(201);
        assertThat(million.body().path("size").asInt()).isEqualTo(1_000_000);

        Reply tooMany = admin().putText("/api/v1/traffic-lists/" + name, lines(1_000_001, 10_000_000));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body().path("errors").get(0).path("field").asString())
                .isEqualTo("entries");
        assertThat(admin().get("/api/v1/traffic-lists/" + name)
                        .body()
                        .path("version")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void aJsonUploadIsANewVersion() {
        String name = unique("vip");
        admin().put("/api/v1/traffic-lists/" + name, "{\"description\":\"VIPs\",\"entries\":[\"a\",\"b\"]}");

        Reply second = admin().put("/api/v1/traffic-lists/" + name, "{\"entries\":[\"c\"]}");

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().path("version").asLong()).isEqualTo(2);
        assertThat(second.body().path("description").asString()).isEqualTo("VIPs");
        assertThat(admin().getText("/api/v1/traffic-lists/" + name + "/versions/1/entries")
                        .raw())
                .isEqualTo("a\nb\n");
        assertThat(admin().getText("/api/v1/traffic-lists/" + name + "/versions/2/entries")
                        .raw())
                .isEqualTo("c\n");
        assertThat(admin().get("/api/v1/traffic-lists/" + name + "/versions/3/entries")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void invalidUploadsAreRefused() {
        String name = unique("bad");
        Reply tooLong = admin().putText("/api/v1/traffic-lists/" + name, ("ok\n" + "x".repeat(257)).getBytes());
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().path("errors").get(0).path("field").asString())
                .isEqualTo("entries[1]");

        Reply unknownField = admin().put("/api/v1/traffic-lists/" + name, "{\"entries\":[],\"owner\":\"me\"}");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.body().path("errors").get(0).path("field").asString())
                .isEqualTo("owner");

        assertThat(admin().put("/api/v1/traffic-lists/Bad_Name", "{\"entries\":[]}")
                        .status())
                .isEqualTo(400);
        assertThat(admin().get("/api/v1/traffic-lists/" + name).status()).isEqualTo(404);
    }

    @Test
    void aPolicyPinsTheListVersionAndAUsedListCannotBeDeleted() {
        TrafficFixtures.declareExampleLanes(admin());
        String list = unique("qa");
        String gateway = unique("gw");
        admin().putText("/api/v1/traffic-lists/" + list, "u-1\nu-2\n".getBytes());

        Reply put = admin().put("/api/v1/traffic-policies/" + gateway, TrafficFixtures.policy("""
                [{"name": "qa", "lane": "gray", "when": {"header": "x-user-id", "in": {"list": "%s"}}}]""".formatted(list)));
        assertThat(put.status()).as(put.raw()).isEqualTo(200);
        JsonNode reference = put.body().path("rules").get(0).path("when").path("in");
        assertThat(reference.path("list").asString()).isEqualTo(list);
        assertThat(reference.path("version").asLong()).isEqualTo(1);

        admin().putText("/api/v1/traffic-lists/" + list, "u-3\n".getBytes());
        assertThat(lane(gateway, "u-1")).isEqualTo("gray");
        assertThat(lane(gateway, "u-3"))
                .as("the policy keeps version 1 until it is put again")
                .isNull();

        Reply refused = admin().delete("/api/v1/traffic-lists/" + list);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("type")).isEqualTo("/problems/list-in-use");
        assertThat(refused.text("detail")).contains(gateway);

        admin().delete("/api/v1/traffic-policies/" + gateway);
        assertThat(admin().delete("/api/v1/traffic-lists/" + list).status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/traffic-lists/" + list).status()).isEqualTo(404);
        Reply rollback = admin().post("/api/v1/traffic-policies/" + gateway + "/rollback", "{\"version\": 1}");
        assertThat(rollback.status()).isEqualTo(400);
        assertThat(rollback.body().path("errors").get(0).path("field").asString())
                .isEqualTo("rules[0].when.in");
    }

    @Test
    void listChangesAreAudited() {
        String name = unique("aud");
        admin().put("/api/v1/traffic-lists/" + name, "{\"entries\":[\"a\"]}");
        admin().delete("/api/v1/traffic-lists/" + name);

        JsonNode events = admin().get("/api/v1/audit-events?target=traffic-list/" + name)
                .body()
                .path("content");

        assertThat(events.size()).isEqualTo(2);
        assertThat(events.get(0).path("action").asString()).isEqualTo("traffic-list.delete");
        assertThat(events.get(1).path("action").asString()).isEqualTo("traffic-list.create");
        assertThat(events.get(1).path("after").path("size").asInt()).isEqualTo(1);
    }

    private String lane(String gateway, String user) {
        JsonNode decision = admin().post(
                        "/api/v1/traffic-policies/" + gateway + "/evaluate",
                        "{\"headers\": {\"x-user-id\": \"" + user + "\"}}")
                .body();
        return decision.path("lane").isNull() ? null : decision.path("lane").asString();
    }
}
