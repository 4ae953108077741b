package dev.aviary.runtime.security;

import static dev.aviary.runtime.security.Permission.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AviaryPrincipalTest {

    private static AviaryPrincipal member(ProjectRole role, boolean production) {
        return new AviaryPrincipal(
                "dana", PrincipalKind.USER, false, false, Map.of("shop", new Membership(role, production)), null);
    }

    @Test
    void aRoleGrantsItsPermissionsInItsProjectOnly() {
        AviaryPrincipal developer = member(ProjectRole.DEVELOPER, false);

        assertThat(developer.can(RELEASE_DEPLOY, "shop")).isTrue();
        assertThat(developer.can(APPLICATION_WRITE, "shop")).isFalse();
        assertThat(developer.can(RELEASE_DEPLOY, "bank")).isFalse();
    }

    @Test
    void productionNeedsTheMembersFlagOnTopOfThePermission() {
        assertThat(member(ProjectRole.RELEASE_MANAGER, false).canInProduction(RELEASE_APPROVE, "shop"))
                .isFalse();
        assertThat(member(ProjectRole.RELEASE_MANAGER, true).canInProduction(RELEASE_APPROVE, "shop"))
                .isTrue();
        assertThat(member(ProjectRole.VIEWER, true).canInProduction(RELEASE_APPROVE, "shop"))
                .isFalse();
    }

    @Test
    void aTokenScopeOnlyNarrows() {
        AviaryPrincipal owner = member(ProjectRole.OWNER, true);
        AviaryPrincipal readOnly = owner.narrowedTo(new TokenScope(null, Set.of(PROJECT_READ)));
        AviaryPrincipal deployer = owner.narrowedTo(new TokenScope(Set.of("shop"), Set.of(RELEASE_DEPLOY)));

        assertThat(readOnly.can(PROJECT_READ, "shop")).isTrue();
        assertThat(readOnly.can(APPLICATION_WRITE, "shop")).isFalse();
        assertThat(deployer.can(RELEASE_DEPLOY, "shop")).isTrue();
        assertThat(deployer.canInProduction(RELEASE_DEPLOY, "shop"))
                .as("production must be listed in a narrowed token")
                .isFalse();
        assertThat(member(ProjectRole.VIEWER, false)
                        .narrowedTo(new TokenScope(null, Set.of(APPLICATION_WRITE)))
                        .can(APPLICATION_WRITE, "shop"))
                .as("a scope never adds what the role lacks")
                .isFalse();
    }

    @Test
    void platformRolesSurviveOnlyUnnarrowedPermissions() {
        AviaryPrincipal admin = new AviaryPrincipal("root", PrincipalKind.USER, true, false, Map.of(), null);

        assertThat(admin.can(USER_MANAGE)).isTrue();
        assertThat(admin.canInProduction(RELEASE_DEPLOY, "any")).isTrue();
        assertThat(admin.narrowedTo(new TokenScope(Set.of("shop"), null)).can(PROJECT_READ, "bank"))
                .isFalse();
        assertThat(admin.narrowedTo(new TokenScope(null, Set.of(PROJECT_READ))).can(USER_MANAGE))
                .isFalse();
    }

    @Test
    void auditorsReadEverythingAndChangeNothing() {
        AviaryPrincipal auditor = new AviaryPrincipal("ivy", PrincipalKind.USER, false, true, Map.of(), null);

        assertThat(auditor.can(AUDIT_READ)).isTrue();
        assertThat(auditor.can(PROJECT_READ, "shop")).isTrue();
        assertThat(auditor.can(PROJECT_UPDATE, "shop")).isFalse();
        assertThat(auditor.can(PROJECT_CREATE)).isFalse();
    }

    @Test
    void everyoneReadsTrafficUnlessATokenLeavesItOut() {
        AviaryPrincipal viewer = member(ProjectRole.VIEWER, false);
        AviaryPrincipal nobody = new AviaryPrincipal("nia", PrincipalKind.USER, false, false, Map.of(), null);

        assertThat(viewer.can(TRAFFIC_READ)).isTrue();
        assertThat(nobody.can(TRAFFIC_READ)).isTrue();
        assertThat(viewer.narrowedTo(new TokenScope(null, Set.of(PROJECT_READ))).can(TRAFFIC_READ))
                .isFalse();
        assertThat(viewer.narrowedTo(new TokenScope(null, Set.of(TRAFFIC_READ))).can(TRAFFIC_READ))
                .isTrue();
    }

    @Test
    void trafficIsManagedByAdminsAndByThoseWhoApproveReleasesSomewhere() {
        AviaryPrincipal admin = new AviaryPrincipal("root", PrincipalKind.USER, true, false, Map.of(), null);
        AviaryPrincipal auditor = new AviaryPrincipal("ivy", PrincipalKind.USER, false, true, Map.of(), null);

        assertThat(admin.can(TRAFFIC_MANAGE)).isTrue();
        assertThat(AviaryPrincipal.platform("gray-gateway").can(TRAFFIC_MANAGE)).isTrue();
        assertThat(member(ProjectRole.OWNER, false).can(TRAFFIC_MANAGE)).isTrue();
        assertThat(member(ProjectRole.RELEASE_MANAGER, false).can(TRAFFIC_MANAGE))
                .isTrue();
        assertThat(member(ProjectRole.MAINTAINER, true).can(TRAFFIC_MANAGE)).isFalse();
        assertThat(member(ProjectRole.DEVELOPER, true).can(TRAFFIC_MANAGE)).isFalse();
        assertThat(member(ProjectRole.VIEWER, false).can(TRAFFIC_MANAGE)).isFalse();
        assertThat(auditor.can(TRAFFIC_MANAGE)).isFalse();
    }

    @Test
    void aNarrowedTokenManagesTrafficOnlyWhenItListsTrafficManage() {
        AviaryPrincipal manager = member(ProjectRole.RELEASE_MANAGER, false);
        AviaryPrincipal admin = new AviaryPrincipal("root", PrincipalKind.USER, true, false, Map.of(), null);

        assertThat(manager.narrowedTo(new TokenScope(null, Set.of(RELEASE_APPROVE)))
                        .can(TRAFFIC_MANAGE))
                .isFalse();
        assertThat(manager.narrowedTo(new TokenScope(null, Set.of(TRAFFIC_MANAGE)))
                        .can(TRAFFIC_MANAGE))
                .isTrue();
        assertThat(admin.narrowedTo(new TokenScope(null, Set.of(TRAFFIC_MANAGE)))
                        .can(TRAFFIC_MANAGE))
                .as("a narrowed admin token keeps no platform role")
                .isFalse();
        assertThat(manager.narrowedTo(new TokenScope(Set.of("bank"), null)).can(TRAFFIC_MANAGE))
                .as("a token narrowed to another project borrows nothing from shop")
                .isFalse();
    }
}
