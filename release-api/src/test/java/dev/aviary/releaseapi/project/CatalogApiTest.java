package dev.aviary.releaseapi.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.releaseapi.ApiClient.Reply;
import dev.aviary.releaseapi.ReleaseApiIntegration;
import org.junit.jupiter.api.Test;

class CatalogApiTest extends ReleaseApiIntegration {

    @Test
    void projectsAreCreatedReadUpdatedAndDeleted() {
        String key = unique("shop");
        Reply created = admin().post("/api/v1/projects", """
                {"key":"%s","name":"Shop","description":"Online shop"}
                """.formatted(key));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("key")).isEqualTo(key);

        Reply patched = admin().patch("/api/v1/projects/" + key, "{\"name\":\"Web shop\"}");
        assertThat(patched.text("name")).isEqualTo("Web shop");
        assertThat(patched.text("description")).isEqualTo("Online shop");

        assertThat(admin().delete("/api/v1/projects/" + key).status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/projects/" + key).status()).isEqualTo(404);
    }

    @Test
    void projectListsArePaginatedAndSearchable() {
        String marker = unique("zebra");
        for (int i = 0; i < 3; i++) {
            admin().post("/api/v1/projects", "{\"key\":\"%s\",\"name\":\"%s %d\"}".formatted(unique("z"), marker, i));
        }

        Reply page = admin().get("/api/v1/projects?q=" + marker + "&size=2&sort=name");

        assertThat(page.body().path("content").size()).isEqualTo(2);
        assertThat(page.body().path("page").path("totalElements").asLong()).isEqualTo(3);
        assertThat(page.body().path("page").path("totalPages").asLong()).isEqualTo(2);
        assertThat(page.body().path("content").get(0).path("name").asString()).isEqualTo(marker + " 0");
    }

    @Test
    void sortingByAnUnknownPropertyIsABadRequestNamingSort() {
        Reply reply = admin().get("/api/v1/projects?sort=colour");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.raw()).contains("\"field\":\"sort\"");
    }

    @Test
    void aBadProjectIsRefusedWithPerFieldErrorsAndNothingIsStored() {
        Reply reply = admin().post("/api/v1/projects", "{\"key\":\"Bad Key\",\"name\":\"\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.raw()).contains("\"field\":\"key\"").contains("\"field\":\"name\"");
        Reply wrongType = admin().post("/api/v1/projects", "{\"key\":\"ok-key\",\"name\":[1]}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.raw()).contains("\"field\":\"name\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from release_api.projects where key in ('Bad Key', 'ok-key')", Integer.class))
                .isZero();
    }

    @Test
    void aDuplicateKeyIsAConflict() {
        String key = unique("dup");
        admin().post("/api/v1/projects", "{\"key\":\"%s\",\"name\":\"One\"}".formatted(key));

        Reply again = admin().post("/api/v1/projects", "{\"key\":\"%s\",\"name\":\"Two\"}".formatted(key));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("type")).isEqualTo("/problems/project-exists");
        assertThat(admin().get("/api/v1/projects/" + key).text("name")).isEqualTo("One");
    }

    @Test
    void applicationsLiveInAProjectWithValidatedFields() {
        String project = projectWithMember("admin", "owner", true);
        String path = "/api/v1/projects/" + project + "/applications";

        Reply created = admin().post(path, """
                {"name":"checkout","type":"container","owners":["admin"],"repositoryUrl":"https://git.example.com/shop/checkout.git",
                 "language":"java","description":"Checkout service","tags":["payments","tier-1"]}
                """);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("tags").toString()).isEqualTo("[\"payments\",\"tier-1\"]");

        assertThat(admin().post(path, "{\"name\":\"checkout\",\"type\":\"host\"}")
                        .status())
                .isEqualTo(409);
        Reply invalid = admin().post(path, """
                {"name":"Bad_Name","type":"vm","owners":["nobody-here"],"repositoryUrl":"ftp:/x","tags":["no spaces"]}
                """);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.raw())
                .contains("\"field\":\"name\"")
                .contains("\"field\":\"type\"")
                .contains("\"field\":\"repositoryUrl\"")
                .contains("\"field\":\"tags[0]\"");
        Reply unknownOwner = admin().post(path, "{\"name\":\"cart\",\"type\":\"host\",\"owners\":[\"nobody-here\"]}");
        assertThat(unknownOwner.raw()).contains("\"field\":\"owners[0]\"");

        assertThat(admin().get(path + "?tag=payments").body().path("content").size())
                .isEqualTo(1);
        assertThat(admin().get(path + "?q=checkout service")
                        .body()
                        .path("content")
                        .size())
                .isEqualTo(1);
        assertThat(admin().get(path + "?type=host").body().path("content").size())
                .isZero();

        Reply patched = admin().patch(path + "/checkout", "{\"language\":\"kotlin\",\"tags\":[]}");
        assertThat(patched.text("language")).isEqualTo("kotlin");
        assertThat(patched.body().path("tags").size()).isZero();
        assertThat(admin().patch(path + "/checkout", "{\"name\":\"renamed\"}").status())
                .isEqualTo(400);

        assertThat(admin().delete("/api/v1/projects/" + project).status()).isEqualTo(409);
        assertThat(admin().delete(path + "/checkout").status()).isEqualTo(204);
        assertThat(admin().get(path + "/checkout").status()).isEqualTo(404);
    }

    @Test
    void membersAreAddedChangedAndRemovedButTheLastOwnerStays() {
        String owner = unique("own");
        userWithToken(owner);
        String project = projectWithMember(owner, "owner", false);
        String members = "/api/v1/projects/" + project + "/members/";
        String dev = unique("dev");
        userWithToken(dev);

        assertThat(admin().put(members + dev, "{\"role\":\"developer\"}").status())
                .isEqualTo(201);
        assertThat(admin().put(members + dev, "{\"role\":\"maintainer\"}").status())
                .isEqualTo(200);
        assertThat(admin().put(members + dev, "{\"role\":\"janitor\"}").raw()).contains("\"field\":\"role\"");
        assertThat(admin().put(members + "ghost-user", "{\"role\":\"viewer\"}").status())
                .isEqualTo(404);
        assertThat(admin().get("/api/v1/projects/" + project + "/members").raw())
                .contains("\"username\":\"" + dev + "\",\"kind\":\"user\",\"role\":\"maintainer\"");

        assertThat(admin().put(members + owner, "{\"role\":\"viewer\"}").status())
                .isEqualTo(409);
        assertThat(admin().delete(members + owner).text("type")).isEqualTo("/problems/last-owner");
        assertThat(admin().delete(members + dev).status()).isEqualTo(204);
    }
}
