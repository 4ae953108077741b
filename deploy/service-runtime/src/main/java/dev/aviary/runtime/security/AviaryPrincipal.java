package dev.aviary.runtime.security;

import java.util.Map;

/**
 * An authenticated principal with everything needed to decide a request: platform roles, project
 * memberships and, for an API token, the token's scope. This is also the wire form release-api
 * returns to the other services.
 */
public record AviaryPrincipal(
        String name,
        PrincipalKind kind,
        boolean admin,
        boolean auditor,
        Map<String, Membership> projects,
        TokenScope scope) {

    public AviaryPrincipal {
        projects = projects == null ? Map.of() : Map.copyOf(projects);
        scope = scope == null ? TokenScope.UNRESTRICTED : scope;
    }

    public static AviaryPrincipal platform(String service) {
        return new AviaryPrincipal("platform:" + service, PrincipalKind.PLATFORM_SERVICE, true, false, Map.of(), null);
    }

    public AviaryPrincipal narrowedTo(TokenScope tokenScope) {
        return new AviaryPrincipal(name, kind, admin, auditor, projects, tokenScope);
    }

    public boolean isAdmin() {
        return admin && scope.keepsPlatformRoles();
    }

    public boolean isAuditor() {
        return auditor && scope.keepsPlatformRoles();
    }

    /**
     * A platform permission: creating projects, managing users, reading the audit trail, reading and
     * changing the platform's traffic (lanes, policies, lists). Traffic is platform-wide, yet those
     * who approve releases in any project run gray releases, so they may manage it.
     */
    public boolean can(Permission permission) {
        return switch (permission) {
            case AUDIT_READ -> isAdmin() || isAuditor();
            case PROJECT_CREATE, USER_MANAGE -> isAdmin();
            case TRAFFIC_READ -> scope.allows(permission);
            case TRAFFIC_MANAGE -> scope.allows(permission) && (isAdmin() || approvesReleasesSomewhere());
            default -> false;
        };
    }

    /** Only projects the token reaches count: a token narrowed to one project borrows nothing from another. */
    private boolean approvesReleasesSomewhere() {
        return projects.entrySet().stream()
                .anyMatch(e ->
                        scope.allowsProject(e.getKey()) && e.getValue().role().grants(Permission.RELEASE_APPROVE));
    }

    public boolean can(Permission permission, String project) {
        if (!scope.allowsProject(project) || !scope.allows(permission)) {
            return false;
        }
        if (isAdmin() || (isAuditor() && permission == Permission.PROJECT_READ)) {
            return true;
        }
        Membership membership = projects.get(project);
        return membership != null && membership.role().grants(permission);
    }

    /** A project permission exercised on a production environment needs the production flag too. */
    public boolean canInProduction(Permission permission, String project) {
        if (!can(permission, project) || !scope.allows(Permission.PRODUCTION)) {
            return false;
        }
        Membership membership = projects.get(project);
        return isAdmin() || (membership != null && membership.production());
    }

    public boolean canSee(String project) {
        return can(Permission.PROJECT_READ, project);
    }
}
