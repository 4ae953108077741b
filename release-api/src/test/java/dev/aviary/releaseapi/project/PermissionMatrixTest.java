package dev.aviary.releaseapi.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.releaseapi.ApiClient;
import dev.aviary.releaseapi.ApiClient.Reply;
import dev.aviary.releaseapi.ReleaseApiIntegration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The role columns of docs/security.md, exercised over real HTTP for every catalog action. */
class PermissionMatrixTest extends ReleaseApiIntegration {

    @ParameterizedTest(
            name = "{0}: read {1}, update project {2}, write applications {3}, manage members {4}, delete {5}")
    @CsvSource({
        "owner,           200, 200, 201, 201, 204",
        "maintainer,      200, 200, 201, 403, 403",
        "developer,       200, 403, 403, 403, 403",
        "release-manager, 200, 403, 403, 403, 403",
        "viewer,          200, 403, 403, 403, 403",
        "none,            403, 403, 403, 403, 403"
    })
    void eachRoleMayDoExactlyWhatTheMatrixSays(
            String role, int read, int updateProject, int writeApplication, int manageMembers, int deleteProject) {
        String name = unique("u");
        String token = userWithToken(name);
        String project =
                role.equals("none") ? projectWithMember("admin", "owner", true) : projectWithMember(name, role, false);
        ApiClient member = anonymous().as(token);

        assertThat(member.get("/api/v1/projects/" + project).status()).isEqualTo(read);
        assertThat(member.get("/api/v1/projects/" + project + "/applications").status())
                .isEqualTo(read);
        assertThat(member.patch("/api/v1/projects/" + project, "{\"description\":\"changed\"}")
                        .status())
                .isEqualTo(updateProject);
        Reply app =
                member.post("/api/v1/projects/" + project + "/applications", "{\"name\":\"web\",\"type\":\"host\"}");
        assertThat(app.status()).isEqualTo(writeApplication);
        assertThat(member.put("/api/v1/projects/" + project + "/members/admin", "{\"role\":\"viewer\"}")
                        .status())
                .isEqualTo(manageMembers);
        if (app.status() == 201) {
            member.delete("/api/v1/projects/" + project + "/applications/web");
        }
        assertThat(member.delete("/api/v1/projects/" + project).status()).isEqualTo(deleteProject);
    }

    @ParameterizedTest
    @CsvSource({"viewer", "developer", "release-manager"})
    void aTokenWithoutApplicationWriteGetsA403ThatNamesThePermissionAndProject(String role) {
        String name = unique("v");
        String token = userWithToken(name);
        String project = projectWithMember(name, role, false);

        Reply reply = anonymous()
                .as(token)
                .post("/api/v1/projects/" + project + "/applications", "{\"name\":\"api\",\"type\":\"container\"}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.headers().getContentType()).hasToString("application/problem+json");
        assertThat(reply.text("type")).isEqualTo("/problems/forbidden");
        assertThat(reply.text("detail")).isEqualTo("Requires application.write on project " + project);
        assertThat(jdbc.queryForObject(
                        "select count(*) from release_api.applications where project_key = ?", Integer.class, project))
                .isZero();
    }

    @org.junit.jupiter.api.Test
    void grantingProductionAccessNeedsProductionAccess() {
        String ownerName = unique("o");
        String ownerToken = userWithToken(ownerName);
        String project = projectWithMember(ownerName, "owner", false);
        String dev = unique("d");
        userWithToken(dev);
        ApiClient owner = anonymous().as(ownerToken);

        assertThat(owner.put("/api/v1/projects/" + project + "/members/" + dev, "{\"role\":\"developer\"}")
                        .status())
                .isEqualTo(201);
        Reply production = owner.put(
                "/api/v1/projects/" + project + "/members/" + dev, "{\"role\":\"developer\",\"production\":true}");
        assertThat(production.status()).isEqualTo(403);
        assertThat(production.text("detail")).contains("production access");

        putMember(project, ownerName, "owner", true);
        assertThat(owner.put(
                                "/api/v1/projects/" + project + "/members/" + dev,
                                "{\"role\":\"developer\",\"production\":true}")
                        .status())
                .isEqualTo(200);
    }

    @org.junit.jupiter.api.Test
    void auditorsReadEveryProjectAndTheTrailButChangeNothing() {
        String name = unique("aud");
        String token = userWithToken(name);
        admin().patch("/api/v1/users/" + name, "{\"auditor\":true}");
        String project = projectWithMember("admin", "owner", true);
        ApiClient auditor = anonymous().as(token);

        assertThat(auditor.get("/api/v1/projects/" + project).status()).isEqualTo(200);
        assertThat(auditor.get("/api/v1/audit-events").status()).isEqualTo(200);
        assertThat(auditor.patch("/api/v1/projects/" + project, "{\"name\":\"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(auditor.post("/api/v1/projects", "{\"key\":\"%s\",\"name\":\"x\"}".formatted(unique("q")))
                        .status())
                .isEqualTo(403);
    }

    @org.junit.jupiter.api.Test
    void membersWhoAreNotAuditorsCannotReadTheTrail() {
        String name = unique("dev");
        String token = userWithToken(name);
        projectWithMember(name, "owner", true);

        Reply reply = anonymous().as(token).get("/api/v1/audit-events");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.text("detail")).isEqualTo("Requires audit.read");
    }

    /** Traffic is platform-wide: everyone reads it; owners and release managers of any project change it. */
    @ParameterizedTest(name = "{0}: read lanes {1}, change lanes, policies and lists {2}")
    @CsvSource({
        "owner,           200, 201",
        "maintainer,      200, 403",
        "developer,       200, 403",
        "release-manager, 200, 201",
        "viewer,          200, 403",
        "none,            200, 403"
    })
    void trafficIsReadByEveryoneAndChangedByReleaseApprovers(String role, int read, int change) {
        String name = unique("tr");
        String token = userWithToken(name);
        if (!role.equals("none")) {
            projectWithMember(name, role, false);
        }
        ApiClient member = anonymous().as(token);
        String lane = unique("lane");

        assertThat(member.get("/api/v1/lanes").status()).isEqualTo(read);
        assertThat(member.get("/api/v1/traffic-policies").status()).isEqualTo(read);
        assertThat(member.get("/api/v1/traffic-lists").status()).isEqualTo(read);
        assertThat(member.put("/api/v1/lanes/" + lane, "{}").status()).isEqualTo(change);
        assertThat(member.put("/api/v1/traffic-lists/" + lane, "{\"entries\":[\"1\"]}")
                        .status())
                .isEqualTo(change);
        int policyChange = change == 201 ? 200 : change;
        assertThat(member.put("/api/v1/traffic-policies/" + lane, "{\"rules\":[]}")
                        .status())
                .isEqualTo(policyChange);
        assertThat(member.delete("/api/v1/traffic-policies/" + lane).status()).isEqualTo(policyChange);
    }

    @org.junit.jupiter.api.Test
    void aViewerIsToldWhichPermissionChangingTrafficNeeds() {
        String name = unique("tv");
        String token = userWithToken(name);
        projectWithMember(name, "viewer", false);

        Reply reply = anonymous().as(token).put("/api/v1/lanes/" + unique("lane"), "{}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.headers().getContentType()).hasToString("application/problem+json");
        assertThat(reply.text("detail")).isEqualTo("Requires traffic.manage");
        assertThat(anonymous().put("/api/v1/lanes/" + unique("lane"), "{}").status())
                .isEqualTo(401);
        assertThat(anonymous().get("/api/v1/lanes").status()).isEqualTo(401);
    }

    @org.junit.jupiter.api.Test
    void aNarrowedTokenKeepsTrafficOnlyWhenItListsIt() {
        String name = unique("tn");
        userWithToken(name);
        projectWithMember(name, "release-manager", false);
        String readOnly = admin().post("/api/v1/users/" + name + "/tokens", """
                        {"name":"%s","permissions":["project.read"]}""".formatted(unique("t")))
                .text("token");
        String trafficToken = admin().post("/api/v1/users/" + name + "/tokens", """
                        {"name":"%s","permissions":["traffic.read","traffic.manage"]}""".formatted(unique("t")))
                .text("token");

        assertThat(anonymous().as(readOnly).get("/api/v1/lanes").status()).isEqualTo(403);
        assertThat(anonymous().as(trafficToken).get("/api/v1/lanes").status()).isEqualTo(200);
        assertThat(anonymous()
                        .as(trafficToken)
                        .put("/api/v1/lanes/" + unique("lane"), "{}")
                        .status())
                .isEqualTo(201);
    }
}
