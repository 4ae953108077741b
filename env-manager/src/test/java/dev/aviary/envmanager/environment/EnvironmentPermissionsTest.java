package dev.aviary.envmanager.environment;

import static dev.aviary.envmanager.TestPrincipals.MAINTAINER;
import static dev.aviary.envmanager.TestPrincipals.OWNER_WITH_PRODUCTION;
import static dev.aviary.envmanager.TestPrincipals.STRANGER;
import static dev.aviary.envmanager.TestPrincipals.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.envmanager.RunningEnvManager;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class EnvironmentPermissionsTest extends RunningEnvManager {

    private static final String QA = """
            {"project": "shop", "name": "qa"}""";
    private static final String PRODUCTION = """
            {"project": "shop", "name": "prod", "production": true}""";

    @Test
    void viewerReadsButCannotCreateAndIsToldWhichPermissionOnWhichProject() {
        post(MAINTAINER, "/api/v1/environments", QA);

        assertThat(get(VIEWER, "/api/v1/environments?project=shop").status()).isEqualTo(200);
        assertThat(get(VIEWER, "/api/v1/environments/shop/qa").status()).isEqualTo(200);
        Reply refused = post(VIEWER, "/api/v1/environments", """
                {"project": "shop", "name": "dev"}""");

        assertForbidden(refused, "Requires environment.manage on project shop");
        assertThat(storedEnvironments()).isEqualTo(1);
    }

    @Test
    void viewerCannotChangeOrDeleteAnEnvironment() {
        post(MAINTAINER, "/api/v1/environments", QA);

        assertForbidden(
                patch(VIEWER, "/api/v1/environments/shop/qa", "{\"description\": \"x\"}"),
                "Requires environment.manage on project shop");
        assertForbidden(delete(VIEWER, "/api/v1/environments/shop/qa"), "Requires environment.manage on project shop");
    }

    @Test
    void maintainerCreatesNonProductionButNotProductionEnvironments() {
        assertThat(post(MAINTAINER, "/api/v1/environments", QA).status()).isEqualTo(201);

        Reply refused = post(MAINTAINER, "/api/v1/environments", PRODUCTION);

        assertForbidden(refused, "Requires environment.manage with production access on project shop");
        assertThat(storedEnvironments()).isEqualTo(1);
    }

    @Test
    void ownerWithProductionAccessCreatesAProductionEnvironment() {
        Reply created = post(OWNER_WITH_PRODUCTION, "/api/v1/environments", PRODUCTION);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("production").asBoolean()).isTrue();
    }

    @Test
    void maintainerCannotMakeAnEnvironmentProduction() {
        post(MAINTAINER, "/api/v1/environments", QA);

        Reply refused = patch(MAINTAINER, "/api/v1/environments/shop/qa", "{\"production\": true}");

        assertForbidden(refused, "Requires environment.manage with production access on project shop");
        assertThat(get(MAINTAINER, "/api/v1/environments/shop/qa")
                        .body()
                        .get("production")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void maintainerCannotChangeOrDeleteAProductionEnvironment() {
        post(OWNER_WITH_PRODUCTION, "/api/v1/environments", PRODUCTION);

        Reply changed = patch(MAINTAINER, "/api/v1/environments/shop/prod", "{\"description\": \"mine now\"}");
        Reply deleted = delete(MAINTAINER, "/api/v1/environments/shop/prod");

        assertForbidden(changed, "Requires environment.manage with production access on project shop");
        assertForbidden(deleted, "Requires environment.manage with production access on project shop");
        Reply kept = get(MAINTAINER, "/api/v1/environments/shop/prod");
        assertThat(kept.body().get("description").asString()).isEmpty();
    }

    @Test
    void ownerWithProductionAccessChangesAndDeletesAProductionEnvironment() {
        post(OWNER_WITH_PRODUCTION, "/api/v1/environments", PRODUCTION);

        Reply changed = patch(
                OWNER_WITH_PRODUCTION,
                "/api/v1/environments/shop/prod",
                "{\"description\": \"Live\", \"production\": false}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("description").asString()).isEqualTo("Live");
        assertThat(changed.body().get("production").asBoolean()).isFalse();

        assertThat(patch(OWNER_WITH_PRODUCTION, "/api/v1/environments/shop/prod", "{\"production\": true}")
                        .status())
                .isEqualTo(200);
        assertThat(delete(OWNER_WITH_PRODUCTION, "/api/v1/environments/shop/prod")
                        .status())
                .isEqualTo(204);
        assertThat(storedEnvironments()).isZero();
    }

    @Test
    void strangerCannotListOrReadAProjectsEnvironments() {
        post(MAINTAINER, "/api/v1/environments", QA);

        assertForbidden(get(STRANGER, "/api/v1/environments?project=shop"), "Requires project.read on project shop");
        assertForbidden(get(STRANGER, "/api/v1/environments/shop/qa"), "Requires project.read on project shop");
        assertForbidden(get(STRANGER, "/api/v1/environments/shop/nowhere"), "Requires project.read on project shop");
    }

    @Test
    void withoutCredentialsTheAnswerIsUnauthenticated() {
        Reply reply = get(null, "/api/v1/environments?project=shop");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.headers().getFirst("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(reply.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(reply.body().get("type").asString()).isEqualTo("/problems/unauthenticated");
    }

    @Test
    void anUnknownTokenIsUnauthenticatedAndCreatesNothing() {
        Reply reply = post("no-such-token", "/api/v1/environments", QA);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body().get("type").asString()).isEqualTo("/problems/unauthenticated");
        assertThat(storedEnvironments()).isZero();
        assertThat(auditEvents()).isEmpty();
    }

    private static void assertForbidden(Reply reply, String detail) {
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(reply.body().get("type").asString()).isEqualTo("/problems/forbidden");
        assertThat(reply.body().get("detail").asString()).isEqualTo(detail);
    }
}
