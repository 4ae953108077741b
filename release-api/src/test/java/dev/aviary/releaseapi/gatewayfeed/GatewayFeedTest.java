package dev.aviary.releaseapi.gatewayfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aviary.releaseapi.ApiClient;
import dev.aviary.releaseapi.ApiClient.Reply;
import dev.aviary.releaseapi.ReleaseApiIntegration;
import dev.aviary.releaseapi.TrafficFixtures;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

class GatewayFeedTest extends ReleaseApiIntegration {

    private static final Logger log = LoggerFactory.getLogger(GatewayFeedTest.class);

    private ApiClient gatewayClient() {
        return anonymous().as(INTERNAL_TOKEN);
    }

    @Test
    void aNewGatewayGetsVersionZeroAndTheLanesAtOnce() {
        String gateway = unique("edge");
        admin().put("/api/v1/lanes/" + unique("fed"), "{\"strict\":true,\"lockedServices\":[\"shop\"]}");

        Reply feed = gatewayClient().get("/internal/v1/gateways/" + gateway + "/feed?replica=r1");

        assertThat(feed.status()).as(feed.raw()).isEqualTo(200);
        assertThat(feed.body().path("policy").path("version").asLong()).isZero();
        assertThat(feed.body().path("policy").path("rules").size()).isZero();
        assertThat(feed.text("cursor")).isNotBlank();
        JsonNode lane = feed.body().path("lanes").get(0);
        assertThat(lane.has("name") && lane.has("strict") && lane.has("lockedServices"))
                .isTrue();
        assertThat(lane.has("description")).isFalse();
    }

    @Test
    void theFeedWakesWhenTheGatewaysPolicyChangesAndRecordsTheReplica() {
        TrafficFixtures.declareExampleLanes(admin());
        String gateway = unique("shop");
        String cursor = gatewayClient()
                .get("/internal/v1/gateways/" + gateway + "/feed")
                .text("cursor");
        CompletableFuture<Reply> waiting = CompletableFuture.supplyAsync(() -> gatewayClient()
                .get("/internal/v1/gateways/" + gateway + "/feed?after=" + cursor
                        + "&replica=pod-a&applied=0&timeoutSeconds=20"));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !waiting.isDone());

        long changed = System.nanoTime();
        assertThat(admin().put(
                                "/api/v1/traffic-policies/" + gateway,
                                TrafficFixtures.policy(TrafficFixtures.EXAMPLE_RULES))
                        .status())
                .isEqualTo(200);

        Reply answer = waiting.join();
        log.info(
                "gateway feed answered {} ms after the policy PUT was sent", (System.nanoTime() - changed) / 1_000_000);
        assertThat(Duration.ofNanos(System.nanoTime() - changed)).isLessThan(Duration.ofSeconds(20));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("policy").path("version").asLong()).isEqualTo(1);
        assertThat(answer.body().path("policy").path("rules").size()).isEqualTo(5);
        assertThat(answer.text("cursor")).isNotEqualTo(cursor);

        JsonNode replicas = admin().get("/api/v1/traffic-policies/" + gateway + "/stats")
                .body()
                .path("replicas");
        assertThat(replicas.size()).isEqualTo(1);
        assertThat(replicas.get(0).path("id").asString()).isEqualTo("pod-a");
        assertThat(replicas.get(0).path("policyVersion").asLong()).isZero();
        assertThat(replicas.get(0).path("lastSeen").asString()).isNotBlank();
    }

    @Test
    void aLaneChangeWakesEveryGatewayAndNothingElseTimesOut() {
        String gateway = unique("quiet");
        String cursor = gatewayClient()
                .get("/internal/v1/gateways/" + gateway + "/feed")
                .text("cursor");

        Reply timedOut =
                gatewayClient().get("/internal/v1/gateways/" + gateway + "/feed?after=" + cursor + "&timeoutSeconds=1");
        assertThat(timedOut.status()).isEqualTo(304);

        CompletableFuture<Reply> waiting = CompletableFuture.supplyAsync(() -> gatewayClient()
                .get("/internal/v1/gateways/" + gateway + "/feed?after=" + cursor + "&timeoutSeconds=20"));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !waiting.isDone());
        admin().put("/api/v1/lanes/" + unique("new"), "{}");

        assertThat(waiting.join().status()).isEqualTo(200);
    }

    @Test
    void theFeedIsForAviaryServicesOnly() {
        assertThat(admin().get("/internal/v1/gateways/edge/feed").status()).isEqualTo(403);
        assertThat(anonymous().get("/internal/v1/gateways/edge/feed").status()).isEqualTo(401);
        assertThat(gatewayClient()
                        .get("/internal/v1/gateways/edge/feed?after=garbage")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void statsFromReplicasAreSummedPerLaneWithTheHighestLatencies() {
        String gateway = unique("busy");
        String report = """
                {"replica": "%s", "intervalSeconds": 10, "samples": [
                  {"lane": "gray", "route": "shop", "requests": %d, "errors": 1, "p50Ms": %s, "p99Ms": %s},
                  {"lane": "baseline", "route": "shop", "requests": 1000, "errors": 0, "p50Ms": 1.0, "p99Ms": 4.0}]}""";
        assertThat(gatewayClient()
                        .post(
                                "/internal/v1/gateways/" + gateway + "/stats",
                                report.formatted("pod-a", 120, "2.1", "9.3"))
                        .status())
                .isEqualTo(204);
        gatewayClient()
                .post("/internal/v1/gateways/" + gateway + "/stats", report.formatted("pod-b", 80, "3.5", "7.0"));

        JsonNode stats =
                admin().get("/api/v1/traffic-policies/" + gateway + "/stats").body();

        assertThat(stats.path("gateway").asString()).isEqualTo(gateway);
        JsonNode baseline = stats.path("lanes").get(0);
        JsonNode gray = stats.path("lanes").get(1);
        assertThat(baseline.path("lane").asString()).isEqualTo("baseline");
        assertThat(baseline.path("requests").asLong()).isEqualTo(2000);
        assertThat(gray.path("lane").asString()).isEqualTo("gray");
        assertThat(gray.path("requests").asLong()).isEqualTo(200);
        assertThat(gray.path("errors").asLong()).isEqualTo(2);
        assertThat(gray.path("p50Ms").asDouble()).isEqualTo(3.5);
        assertThat(gray.path("p99Ms").asDouble()).isEqualTo(9.3);
        assertThat(gray.path("series").size()).isEqualTo(30);
        long inSeries = 0;
        for (JsonNode point : gray.path("series")) {
            inSeries += point.path("requests").asLong();
        }
        assertThat(inSeries).isEqualTo(200);

        Reply invalid = gatewayClient()
                .post(
                        "/internal/v1/gateways/" + gateway + "/stats",
                        "{\"replica\": \"x\", \"samples\": [{\"lane\": \"gray\", \"requests\": -1, \"errors\": 0}]}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().path("errors").get(0).path("field").asString())
                .isEqualTo("samples[0].requests");
    }
}
