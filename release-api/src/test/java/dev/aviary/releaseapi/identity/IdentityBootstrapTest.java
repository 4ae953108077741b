package dev.aviary.releaseapi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.releaseapi.ApiClient.Reply;
import dev.aviary.releaseapi.ReleaseApiIntegration;
import org.junit.jupiter.api.Test;

class IdentityBootstrapTest extends ReleaseApiIntegration {

    @Test
    void theBootstrapTokenActsAsThePlatformAdmin() {
        Reply me = admin().get("/api/v1/users/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("username")).isEqualTo("admin");
        assertThat(me.body().path("admin").asBoolean()).isTrue();
        assertThat(me.text("kind")).isEqualTo("user");
        assertThat(me.text("authentication")).isEqualTo("api-token");
    }

    @Test
    void noCredentialsIsA401ProblemThatSaysWhatIsMissing() {
        Reply reply = anonymous().get("/api/v1/users/me");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.headers().getContentType()).hasToString("application/problem+json");
        assertThat(reply.headers().getFirst("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(reply.text("type")).isEqualTo("/problems/unauthenticated");
        assertThat(reply.text("detail")).contains("Authorization: Bearer");
    }

    @Test
    void aWrongTokenAndAMalformedHeaderGetTheSameAnswer() {
        Reply wrong = anonymous().as("t0k-but-wrong").get("/api/v1/users/me");
        Reply nearMiss = anonymous().as("t0K").get("/api/v1/users/me");

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(nearMiss.raw()).isEqualTo(wrong.raw());
    }

    @Test
    void theAdminPasswordIsStoredAsAnArgon2Hash() {
        String hash = jdbc.queryForObject(
                "select password_hash from release_api.principals where name = 'admin'", String.class);

        assertThat(hash).startsWith("$argon2id$").doesNotContain(ADMIN_PASSWORD);
    }

    @Test
    void usersAreCreatedByAdminsListedAndSearchable() {
        String name = unique("ada");
        Reply created = admin().post("/api/v1/users", """
                {"username":"%s","displayName":"Ada Lovelace","email":"ada@example.com","password":"analytical engine"}
                """.formatted(name));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.raw()).doesNotContain("analytical").doesNotContain("password");
        Reply found = admin().get("/api/v1/users?q=" + name);
        assertThat(found.body().path("content").get(0).path("displayName").asString())
                .isEqualTo("Ada Lovelace");
        assertThat(found.body().path("page").path("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void aUserRequestWithBadFieldsIsRefusedFieldByFieldAndStoresNothing() {
        Reply reply = admin().post("/api/v1/users", """
                {"username":"Bad Name","email":"not-an-email","password":"short","colour":"red"}
                """);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("type")).isEqualTo("/problems/invalid-request");
        assertThat(reply.raw()).contains("colour");
        Reply typed = admin().post("/api/v1/users", """
                {"username":"Bad Name","email":"not-an-email","password":"short"}
                """);
        assertThat(typed.raw())
                .contains("\"field\":\"username\"")
                .contains("\"field\":\"email\"")
                .contains("\"field\":\"password\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from release_api.principals where name = 'Bad Name'", Integer.class))
                .isZero();
    }

    @Test
    void aTakenNameIsAConflict() {
        String name = unique("sam");
        admin().post("/api/v1/service-accounts", "{\"name\":\"%s\"}".formatted(name));

        Reply again = admin().post("/api/v1/users", """
                {"username":"%s","password":"long enough password"}
                """.formatted(name));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("type")).isEqualTo("/problems/name-taken");
    }

    @Test
    void onlyAdminsCreateUsers() {
        String token = userWithToken(unique("eve"));

        Reply reply = anonymous().as(token).post("/api/v1/users", """
                {"username":"%s","password":"long enough password"}
                """.formatted(unique("mallory")));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.text("type")).isEqualTo("/problems/forbidden");
        assertThat(reply.text("detail")).isEqualTo("Requires user.manage");
    }

    @Test
    void aDisabledUsersTokensStopWorking() {
        String name = unique("leaver");
        String token = userWithToken(name);
        assertThat(anonymous().as(token).get("/api/v1/users/me").status()).isEqualTo(200);

        assertThat(admin().patch("/api/v1/users/" + name, "{\"disabled\":true}").status())
                .isEqualTo(200);

        assertThat(anonymous().as(token).get("/api/v1/users/me").status()).isEqualTo(401);
    }
}
