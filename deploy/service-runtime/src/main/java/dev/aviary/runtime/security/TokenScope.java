package dev.aviary.runtime.security;

import java.util.Set;

/**
 * How an API token narrows its owner's rights. {@code null} means not narrowed: all the owner's
 * projects, or all the owner's permissions (including platform roles).
 */
public record TokenScope(Set<String> projects, Set<Permission> permissions) {

    public static final TokenScope UNRESTRICTED = new TokenScope(null, null);

    boolean allowsProject(String project) {
        return projects == null || projects.contains(project);
    }

    boolean allows(Permission permission) {
        return permissions == null || permissions.contains(permission);
    }

    boolean keepsPlatformRoles() {
        return permissions == null;
    }
}
