package dev.aviary.releaseapi.lane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aviary.releaseapi.ApiClient.Reply;
import dev.aviary.releaseapi.ReleaseApiIntegration;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

class LaneApiTest extends ReleaseApiIntegration {

    private static final Logger log = LoggerFactory.getLogger(LaneApiTest.class);

    @Test
    void aLaneIsCreatedReplacedListedAndDeleted() {
        String name = unique("gray");

        Reply created = admin().put("/api/v1/lanes/" + name, """
                {"description":"the gray lane","strict":true,"lockedServices":["shop","cart"]}""");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.headers().getETag()).isEqualTo("\"1\"");
        assertThat(created.body().path("strict").asBoolean()).isTrue();
        assertThat(created.body().path("createdBy").asString()).isEqualTo("admin");

        Reply replaced = admin().put("/api/v1/lanes/" + name, "{\"description\":\"again\"}");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.body().path("version").asLong()).isEqualTo(2);
        assertThat(replaced.body().path("strict").asBoolean()).isFalse();
        assertThat(replaced.body().path("lockedServices").size()).isZero();

        Reply list = admin().get("/api/v1/lanes");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.headers().getETag())
                .isEqualTo("\"" + list.body().path("revision").asLong() + "\"");
        assertThat(list.raw()).contains("\"name\":\"" + name + "\"");

        assertThat(admin().get("/api/v1/lanes/" + name)
                        .body()
                        .path("description")
                        .asString())
                .isEqualTo("again");
        assertThat(admin().delete("/api/v1/lanes/" + name).status()).isEqualTo(204);
        Reply gone = admin().get("/api/v1/lanes/" + name);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.headers().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void invalidLanesAreRefusedWithTheirFields() {
        Reply baseline = admin().put("/api/v1/lanes/baseline", "{}");
        assertThat(baseline.status()).isEqualTo(400);
        assertThat(baseline.body().path("errors").get(0).path("field").asString())
                .isEqualTo("name");

        assertThat(admin().put("/api/v1/lanes/Gray", "{}").status()).isEqualTo(400);
        Reply tooLong = admin().put("/api/v1/lanes/" + unique("x"), "{\"description\":\"" + "d".repeat(501) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().path("errors").get(0).path("field").asString())
                .isEqualTo("description");

        Reply badService = admin().put("/api/v1/lanes/" + unique("x"), "{\"lockedServices\":[\"ok\",\"-bad\"]}");
        assertThat(badService.status()).isEqualTo(400);
        assertThat(badService.body().path("errors").get(0).path("field").asString())
                .isEqualTo("lockedServices[1]");

        Reply unknown = admin().put("/api/v1/lanes/" + unique("x"), "{\"colour\":\"grey\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("errors").get(0).path("field").asString())
                .isEqualTo("colour");
    }

    @Test
    void ifMatchRefusesAChangeToALaneThatChangedMeanwhile() {
        String name = unique("gray");
        admin().put("/api/v1/lanes/" + name, "{}");
        admin().put("/api/v1/lanes/" + name, "{\"strict\":true}");

        Reply stale = admin().putIfMatch("/api/v1/lanes/" + name, "\"1\"", "{\"description\":\"late\"}");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.headers().getContentType()).hasToString("application/problem+json");
        assertThat(admin().get("/api/v1/lanes/" + name)
                        .body()
                        .path("description")
                        .asString())
                .isEmpty();

        assertThat(admin().putIfMatch("/api/v1/lanes/" + name, "\"2\"", "{\"description\":\"on time\"}")
                        .status())
                .isEqualTo(200);
        assertThat(admin().putIfMatch("/api/v1/lanes/" + unique("new"), "\"1\"", "{}")
                        .status())
                .isEqualTo(412);
        assertThat(admin().putIfMatch("/api/v1/lanes/" + unique("new"), "*", "{}")
                        .status())
                .isEqualTo(412);
        assertThat(admin().putIfMatch("/api/v1/lanes/" + name, "*", "{}").status())
                .isEqualTo(200);
    }

    @Test
    void theLongPollAnswersSoonAfterAChange() {
        long revision = admin().get("/api/v1/lanes").body().path("revision").asLong();
        long started = System.nanoTime();
        CompletableFuture<Reply> waiting = CompletableFuture.supplyAsync(
                () -> admin().get("/api/v1/lanes?after=" + revision + "&timeoutSeconds=20"));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !waiting.isDone());

        long changed = System.nanoTime();
        String name = unique("wake");
        admin().put("/api/v1/lanes/" + name, "{}");
        long committed = System.nanoTime();

        Reply answer = waiting.join();
        log.info(
                "lane long poll answered {} ms after the PUT was sent, {} ms after it returned",
                (System.nanoTime() - changed) / 1_000_000,
                (System.nanoTime() - committed) / 1_000_000);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("revision").asLong()).isGreaterThan(revision);
        assertThat(answer.raw()).contains(name);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void theLongPollAnswersNotModifiedAtItsTimeout() {
        JsonNode current = admin().get("/api/v1/lanes").body();

        Reply reply =
                admin().get("/api/v1/lanes?after=" + (current.path("revision").asLong() + 1000) + "&timeoutSeconds=1");

        assertThat(reply.status()).isEqualTo(304);
        assertThat(reply.raw()).isEmpty();
        assertThat(admin().get("/api/v1/lanes?after=0&timeoutSeconds=61").status())
                .isEqualTo(400);
    }

    @Test
    void theLongPollAnswersAtOnceWhenAlreadyBehind() {
        admin().put("/api/v1/lanes/" + unique("now"), "{}");

        Reply reply = admin().get("/api/v1/lanes?after=0&timeoutSeconds=20");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("lanes").size()).isPositive();
    }

    @Test
    void aChangeCommittedElsewhereIsFoundByThePeriodicRead() {
        long revision = admin().get("/api/v1/lanes").body().path("revision").asLong();
        CompletableFuture<Reply> waiting = CompletableFuture.supplyAsync(
                () -> admin().get("/api/v1/lanes?after=" + revision + "&timeoutSeconds=20"));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !waiting.isDone());

        long changed = System.nanoTime();
        jdbc.update("update release_api.lane_revision set revision = revision + 1");

        Reply answer = waiting.join();
        log.info("lane long poll saw another replica's change after {} ms", (System.nanoTime() - changed) / 1_000_000);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("revision").asLong()).isEqualTo(revision + 1);
        assertThat(Duration.ofNanos(System.nanoTime() - changed)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void changesAreAudited() {
        String name = unique("aud");
        admin().put("/api/v1/lanes/" + name, "{\"description\":\"one\"}");
        admin().put("/api/v1/lanes/" + name, "{\"description\":\"two\"}");
        admin().delete("/api/v1/lanes/" + name);

        JsonNode events =
                admin().get("/api/v1/audit-events?target=lane/" + name).body().path("content");

        assertThat(events.size()).isEqualTo(3);
        assertThat(events.get(0).path("action").asString()).isEqualTo("lane.delete");
        assertThat(events.get(1).path("action").asString()).isEqualTo("lane.update");
        assertThat(events.get(1).path("before").path("description").asString()).isEqualTo("one");
        assertThat(events.get(1).path("after").path("description").asString()).isEqualTo("two");
        assertThat(events.get(2).path("action").asString()).isEqualTo("lane.create");
    }
}
