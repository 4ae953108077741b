package dev.aviary.envmanager.environment;

import static dev.aviary.envmanager.TestPrincipals.MAINTAINER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.aviary.envmanager.RunningEnvManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class EnvironmentValidationTest extends RunningEnvManager {

    @Test
    void listingWithoutAProjectNamesTheMissingParameter() {
        Reply reply = get(MAINTAINER, "/api/v1/environments");

        assertInvalid(reply);
        assertThat(fields(reply)).containsExactly("project");
    }

    @Test
    void badNameAndProjectAreFieldErrorsWithTheRuleAndNothingIsStored() {
        Reply reply = post(MAINTAINER, "/api/v1/environments", """
                {"project": "Shop!", "name": "9-lives", "description": "x"}""");

        assertInvalid(reply);
        assertThat(reply.body()
                        .get("errors")
                        .valueStream()
                        .map(e -> tuple(
                                e.get("field").asString(), e.get("message").asString())))
                .containsExactlyInAnyOrder(
                        tuple("project", EnvironmentRules.PROJECT_KEY_RULE), tuple("name", EnvironmentRules.NAME_RULE));
        assertThat(storedEnvironments()).isZero();
    }

    @Test
    void missingNameIsAFieldError() {
        Reply reply = post(MAINTAINER, "/api/v1/environments", """
                {"project": "shop"}""");

        assertInvalid(reply);
        assertThat(fields(reply)).containsExactly("name");
        assertThat(storedEnvironments()).isZero();
    }

    @Test
    void unknownFieldIsRejectedAndNothingIsStored() {
        Reply reply = post(MAINTAINER, "/api/v1/environments", """
                {"project": "shop", "name": "qa", "colour": "green"}""");

        assertInvalid(reply);
        assertThat(fields(reply)).containsExactly("colour");
        assertThat(storedEnvironments()).isZero();
    }

    @Test
    void fieldOfTheWrongTypeIsRejectedAndNothingIsStored() {
        Reply reply = post(MAINTAINER, "/api/v1/environments", """
                {"project": "shop", "name": "qa", "production": "maybe"}""");

        assertInvalid(reply);
        assertThat(fields(reply)).containsExactly("production");
        assertThat(storedEnvironments()).isZero();
    }

    @Test
    void renamingIsNotAChangeAnEnvironmentAccepts() {
        post(MAINTAINER, "/api/v1/environments", """
                {"project": "shop", "name": "qa", "description": "kept"}""");

        Reply reply = patch(MAINTAINER, "/api/v1/environments/shop/qa", """
                {"name": "test", "description": "lost"}""");

        assertInvalid(reply);
        assertThat(fields(reply)).containsExactly("name");
        JsonNode unchanged = get(MAINTAINER, "/api/v1/environments/shop/qa").body();
        assertThat(unchanged.get("description").asString()).isEqualTo("kept");
    }

    @Test
    void changingAMissingEnvironmentIsNotFound() {
        Reply reply = patch(MAINTAINER, "/api/v1/environments/shop/nowhere", """
                {"description": "x"}""");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body().get("type").asString()).isEqualTo("/problems/not-found");
    }

    private static void assertInvalid(Reply reply) {
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(reply.body().get("type").asString()).isEqualTo("/problems/invalid-request");
    }

    private static List<String> fields(Reply reply) {
        return reply.body()
                .get("errors")
                .valueStream()
                .map(error -> error.get("field").asString())
                .toList();
    }
}
