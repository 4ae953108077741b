package dev.aviary.releaseapi.token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.releaseapi.ApiClient;
import dev.aviary.releaseapi.ApiClient.Reply;
import dev.aviary.releaseapi.ReleaseApiIntegration;
import org.junit.jupiter.api.Test;

class TokenLifecycleTest extends ReleaseApiIntegration {

    @Test
    void aTokenIsShownOnceStoredHashedUsedAndRevoked() {
        Reply created =
                admin().post("/api/v1/tokens", "{\"name\":\"%s\",\"expiresInDays\":30}".formatted(unique("ci")));
        assertThat(created.status()).isEqualTo(201);
        String secret = created.text("token");
        String id = created.text("id");
        assertThat(secret).startsWith("avy_").hasSizeGreaterThan(40);
        assertThat(created.text("prefix")).isEqualTo(secret.substring(0, 12));
        assertThat(created.text("status")).isEqualTo("active");

        String stored = jdbc.queryForObject(
                "select token_hash from release_api.api_tokens where id = ?::uuid", String.class, id);
        assertThat(stored).doesNotContain(secret).hasSize(64);
        Reply listed = admin().get("/api/v1/tokens?size=200");
        assertThat(listed.raw()).contains(id).doesNotContain(secret);

        ApiClient withToken = anonymous().as(secret);
        assertThat(withToken.get("/api/v1/users/me").text("username")).isEqualTo("admin");
        assertThat(jdbc.queryForObject(
                        "select last_used_at is not null from release_api.api_tokens where id = ?::uuid",
                        Boolean.class,
                        id))
                .isTrue();

        assertThat(admin().delete("/api/v1/tokens/" + id).status()).isEqualTo(204);
        Reply afterRevoke = withToken.get("/api/v1/users/me");
        assertThat(afterRevoke.status()).isEqualTo(401);
        assertThat(afterRevoke.text("type")).isEqualTo("/problems/unauthenticated");
        assertThat(jdbc.queryForObject(
                        "select revoked_at is not null from release_api.api_tokens where id = ?::uuid",
                        Boolean.class,
                        id))
                .isTrue();
    }

    @Test
    void anExpiredTokenIsRefusedLikeAnUnknownOne() {
        Reply created =
                admin().post("/api/v1/tokens", "{\"name\":\"%s\",\"expiresInDays\":1}".formatted(unique("old")));
        jdbc.update(
                "update release_api.api_tokens set expires_at = now() - interval '1 second' where id = ?::uuid",
                created.text("id"));

        Reply reply = anonymous().as(created.text("token")).get("/api/v1/users/me");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.raw())
                .isEqualTo(
                        anonymous().as("never-issued").get("/api/v1/users/me").raw());
        assertThat(admin().get("/api/v1/tokens?size=200").raw()).contains("\"status\":\"expired\"");
    }

    @Test
    void aProjectScopedTokenReachesOnlyItsProjects() {
        String inScope = projectWithMember("admin", "owner", true);
        String outOfScope = projectWithMember("admin", "owner", true);
        String secret = admin().post("/api/v1/tokens", """
                        {"name":"%s","projects":["%s"]}
                        """.formatted(unique("scoped"), inScope))
                .text("token");
        ApiClient scoped = anonymous().as(secret);

        assertThat(scoped.get("/api/v1/projects/" + inScope).status()).isEqualTo(200);
        assertThat(scoped.get("/api/v1/projects/" + outOfScope).status()).isEqualTo(403);
        assertThat(scoped.get("/api/v1/projects?size=200").raw())
                .contains(inScope)
                .doesNotContain(outOfScope);
    }

    @Test
    void aPermissionScopedTokenCannotDoMoreThanItsPermissionsNorMintTokens() {
        String project = projectWithMember("admin", "owner", true);
        String secret = admin().post("/api/v1/tokens", """
                        {"name":"%s","permissions":["project.read"]}
                        """.formatted(unique("read-only")))
                .text("token");
        ApiClient readOnly = anonymous().as(secret);

        assertThat(readOnly.get("/api/v1/projects/" + project).status()).isEqualTo(200);
        Reply write =
                readOnly.post("/api/v1/projects/" + project + "/applications", "{\"name\":\"web\",\"type\":\"host\"}");
        assertThat(write.status()).isEqualTo(403);
        assertThat(readOnly.get("/api/v1/users/me").body().path("admin").asBoolean())
                .isFalse();
        assertThat(readOnly.post("/api/v1/tokens", "{\"name\":\"escalate\"}").status())
                .isEqualTo(403);
    }

    @Test
    void badScopesAreRefusedFieldByField() {
        Reply reply = admin().post("/api/v1/tokens", """
                {"name":"bad","expiresInDays":400,"projects":["no-such-project"],"permissions":["user.manage","fly"]}
                """);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.raw()).contains("\"field\":\"expiresInDays\"");
        Reply scopes = admin().post("/api/v1/tokens", """
                {"name":"bad","projects":["no-such-project"],"permissions":["user.manage","fly"]}
                """);
        assertThat(scopes.raw())
                .contains("\"field\":\"projects[0]\"")
                .contains("\"field\":\"permissions[0]\"")
                .contains("\"field\":\"permissions[1]\"");
    }

    @Test
    void serviceAccountsGetTokensFromAdminsAndActWithTheirMemberships() {
        String account = unique("jenkins");
        assertThat(admin().post(
                                "/api/v1/service-accounts",
                                "{\"name\":\"%s\",\"description\":\"CI\"}".formatted(account))
                        .status())
                .isEqualTo(201);
        String project = projectWithMember(account, "developer", false);
        Reply token = admin().post("/api/v1/service-accounts/" + account + "/tokens", "{\"name\":\"build\"}");
        assertThat(token.status()).isEqualTo(201);
        ApiClient ci = anonymous().as(token.text("token"));

        Reply me = ci.get("/api/v1/users/me");
        assertThat(me.text("kind")).isEqualTo("service-account");
        assertThat(me.body().path("projects").get(0).path("role").asString()).isEqualTo("developer");
        assertThat(ci.get("/api/v1/projects/" + project).status()).isEqualTo(200);
        assertThat(admin().get("/api/v1/service-accounts/" + account + "/tokens")
                        .raw())
                .contains("build");

        assertThat(admin().delete("/api/v1/service-accounts/" + account + "/tokens/" + token.text("id"))
                        .status())
                .isEqualTo(204);
        assertThat(ci.get("/api/v1/users/me").status()).isEqualTo(401);
    }

    @Test
    void anAdminIssuesATokenThatActsAsTheUserAndOnlyAdminsMayDoThat() {
        String name = unique("script");
        String token = userWithToken(name);
        ApiClient user = anonymous().as(token);

        assertThat(user.get("/api/v1/users/me").text("username")).isEqualTo(name);
        assertThat(admin().get("/api/v1/users/" + name + "/tokens").raw()).contains("\"owner\":\"" + name + "\"");
        assertThat(user.post("/api/v1/users/admin/tokens", "{\"name\":\"steal\"}")
                        .status())
                .isEqualTo(403);
        assertThat(admin().post("/api/v1/users/nobody-like-this/tokens", "{\"name\":\"x\"}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void someoneElsesTokenCannotBeRevokedByANonAdmin() {
        String victim = admin().post("/api/v1/tokens", "{\"name\":\"%s\"}".formatted(unique("mine")))
                .text("id");
        String other = userWithToken(unique("other"));

        Reply reply = anonymous().as(other).delete("/api/v1/tokens/" + victim);

        assertThat(reply.status()).isEqualTo(403);
    }
}
