package dev.aviary.envmanager.environment;

import static dev.aviary.envmanager.TestPrincipals.MAINTAINER;
import static dev.aviary.envmanager.TestPrincipals.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aviary.envmanager.RunningEnvManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every change leaves an event in env-manager's audit outbox. Successes are written in the change's
 * transaction, so they are there when the response arrives; refusals are written by the runtime's
 * interceptor once the response is on its way, hence the waiting.
 */
class EnvironmentAuditTest extends RunningEnvManager {

    private static final String TARGET = "project/shop/environment/qa";

    @Test
    void eachChangeLeavesASuccessEventWithTheStateBeforeAndAfter() {
        post(MAINTAINER, "/api/v1/environments", """
                {"project": "shop", "name": "qa", "description": "For testers"}""");
        patch(MAINTAINER, "/api/v1/environments/shop/qa", """
                {"description": "For the demo"}""");
        delete(MAINTAINER, "/api/v1/environments/shop/qa");

        List<JsonNode> events = auditEvents();

        assertThat(events)
                .extracting(event -> event.get("action").asString())
                .containsExactly("environment.create", "environment.update", "environment.delete");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.get("result").asString()).isEqualTo("success");
            assertThat(event.get("target").asString()).isEqualTo(TARGET);
            assertThat(event.get("actor").asString()).isEqualTo("max");
            assertThat(event.get("service").asString()).isEqualTo("env-manager");
        });
        JsonNode created = events.get(0);
        assertThat(snapshot(created, "before")).isNull();
        assertThat(snapshot(created, "after").get("description").asString()).isEqualTo("For testers");
        JsonNode updated = events.get(1);
        assertThat(snapshot(updated, "before").get("description").asString()).isEqualTo("For testers");
        assertThat(snapshot(updated, "after").get("description").asString()).isEqualTo("For the demo");
        JsonNode deleted = events.get(2);
        assertThat(snapshot(deleted, "before").get("name").asString()).isEqualTo("qa");
        assertThat(snapshot(deleted, "after")).isNull();
    }

    @Test
    void readingLeavesNoEvent() {
        get(MAINTAINER, "/api/v1/environments?project=shop");
        get(MAINTAINER, "/api/v1/environments/shop/qa");

        assertThat(auditEvents()).isEmpty();
    }

    @Test
    void aRefusedChangeLeavesADeniedEventAndNoChange() {
        Reply refused = post(VIEWER, "/api/v1/environments", """
                {"project": "shop", "name": "qa"}""");

        assertThat(refused.status()).isEqualTo(403);
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(auditEvents()).singleElement().satisfies(event -> {
                    assertThat(event.get("result").asString()).isEqualTo("denied");
                    assertThat(event.get("status").asInt()).isEqualTo(403);
                    assertThat(event.get("actor").asString()).isEqualTo("vera");
                    assertThat(event.get("action").asString()).isEqualTo("POST /api/v1/environments");
                }));
        assertThat(storedEnvironments()).isZero();
    }

    @Test
    void aConflictLeavesOnlyARejectedEventBesideTheOriginalCreation() {
        post(MAINTAINER, "/api/v1/environments", """
                {"project": "shop", "name": "qa"}""");

        Reply again = post(MAINTAINER, "/api/v1/environments", """
                {"project": "shop", "name": "qa"}""");

        assertThat(again.status()).isEqualTo(409);
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(auditEvents())
                        .extracting(event -> event.get("result").asString())
                        .containsExactly("success", "rejected"));
    }

    /** A before/after snapshot: JSON text inside the event, or null. */
    private JsonNode snapshot(JsonNode event, String field) {
        JsonNode text = event.path(field);
        return text.isNull() || text.isMissingNode() ? null : json.readTree(text.asString());
    }
}
