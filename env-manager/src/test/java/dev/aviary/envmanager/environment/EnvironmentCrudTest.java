package dev.aviary.envmanager.environment;

import static dev.aviary.envmanager.TestPrincipals.MAINTAINER;
import static dev.aviary.envmanager.TestPrincipals.OWNER_WITH_PRODUCTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.envmanager.RunningEnvManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class EnvironmentCrudTest extends RunningEnvManager {

    @Test
    void createdEnvironmentCanBeReadChangedAndDeleted() {
        Reply created = post(MAINTAINER, "/api/v1/environments", """
                {"project": "shop", "name": "qa", "description": "For testers"}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("project").asString()).isEqualTo("shop");
        assertThat(created.body().get("name").asString()).isEqualTo("qa");
        assertThat(created.body().get("production").asBoolean()).isFalse();
        assertThat(created.body().get("description").asString()).isEqualTo("For testers");
        assertThat(created.body().get("createdAt").asString())
                .isEqualTo(created.body().get("updatedAt").asString());

        Reply read = get(MAINTAINER, "/api/v1/environments/shop/qa");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(created.body());

        Reply changed = patch(MAINTAINER, "/api/v1/environments/shop/qa", """
                {"description": "For testers and the demo"}""");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("description").asString()).isEqualTo("For testers and the demo");
        assertThat(changed.body().get("production").asBoolean()).isFalse();
        assertThat(changed.body().get("createdAt")).isEqualTo(created.body().get("createdAt"));
        assertThat(get(MAINTAINER, "/api/v1/environments/shop/qa").body()).isEqualTo(changed.body());

        Reply deleted = delete(MAINTAINER, "/api/v1/environments/shop/qa");
        assertThat(deleted.status()).isEqualTo(204);
        Reply gone = get(MAINTAINER, "/api/v1/environments/shop/qa");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(gone.body().get("type").asString()).isEqualTo("/problems/not-found");
        assertThat(gone.body().get("detail").asString()).isEqualTo("Project shop has no environment qa");
    }

    @Test
    void descriptionDefaultsToEmptyAndProductionToFalse() {
        Reply created = post(MAINTAINER, "/api/v1/environments", """
                {"project": "shop", "name": "dev"}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("description").asString()).isEmpty();
        assertThat(created.body().get("production").asBoolean()).isFalse();
    }

    @Test
    void listShowsOneProjectsEnvironmentsByNameFilteredByQueryAndPaged() {
        create("shop", "staging", "Mirror of production");
        create("shop", "dev", "");
        create("shop", "qa", "");
        create("garden", "staging", "");

        Reply all = get(MAINTAINER, "/api/v1/environments?project=shop");
        assertThat(all.status()).isEqualTo(200);
        assertThat(names(all)).containsExactly("dev", "qa", "staging");
        assertThat(all.body().at("/page/totalElements").asInt()).isEqualTo(3);

        Reply matching = get(MAINTAINER, "/api/v1/environments?project=shop&q=PRODUCTION");
        assertThat(names(matching)).containsExactly("staging");

        Reply secondPage = get(MAINTAINER, "/api/v1/environments?project=shop&size=2&page=1");
        assertThat(names(secondPage)).containsExactly("staging");
        assertThat(secondPage.body().at("/page/size").asInt()).isEqualTo(2);
        assertThat(secondPage.body().at("/page/number").asInt()).isEqualTo(1);
        assertThat(secondPage.body().at("/page/totalPages").asInt()).isEqualTo(2);
    }

    @Test
    void creatingAnExistingEnvironmentIsAConflict() {
        create("shop", "qa", "first");

        Reply again = post(MAINTAINER, "/api/v1/environments", """
                {"project": "shop", "name": "qa", "description": "second"}""");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(again.body().get("type").asString()).isEqualTo("/problems/environment-exists");
        assertThat(again.body().get("detail").asString()).isEqualTo("Project shop already has an environment qa.");
        assertThat(get(MAINTAINER, "/api/v1/environments/shop/qa")
                        .body()
                        .get("description")
                        .asString())
                .isEqualTo("first");
    }

    @Test
    void concurrentCreationsOfOneEnvironmentGiveOneCreatedAndConflicts() throws Exception {
        Callable<Integer> create =
                () -> post(MAINTAINER, "/api/v1/environments", """
                {"project": "shop", "name": "race"}""").status();

        List<Integer> statuses = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            for (Future<Integer> status : callers.invokeAll(Collections.nCopies(8, create))) {
                statuses.add(status.get());
            }
        } finally {
            callers.shutdown();
        }

        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(storedEnvironments()).isEqualTo(1);
    }

    @Test
    void theSameNameMayBeUsedInAnotherProject() {
        create("shop", "qa", "");

        Reply other = post(OWNER_WITH_PRODUCTION, "/api/v1/environments", """
                {"project": "garden", "name": "qa"}""");

        assertThat(other.status()).isEqualTo(201);
        assertThat(storedEnvironments()).isEqualTo(2);
    }

    private void create(String project, String name, String description) {
        Reply created = post(
                OWNER_WITH_PRODUCTION,
                "/api/v1/environments",
                json.writeValueAsString(new NewEnvironment(project, name, null, description)));
        assertThat(created.status()).isEqualTo(201);
    }

    private static List<String> names(Reply page) {
        return page.body()
                .get("content")
                .valueStream()
                .map(environment -> environment.get("name").asString())
                .toList();
    }
}
