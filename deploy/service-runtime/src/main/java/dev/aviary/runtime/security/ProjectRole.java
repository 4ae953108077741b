package dev.aviary.runtime.security;

import static dev.aviary.runtime.security.Permission.*;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A member's role in one project and the permissions it grants there (docs/security.md). */
public enum ProjectRole {
    OWNER(
            "owner",
            EnumSet.of(
                    PROJECT_READ,
                    PROJECT_UPDATE,
                    PROJECT_DELETE,
                    MEMBER_MANAGE,
                    APPLICATION_WRITE,
                    ENVIRONMENT_MANAGE,
                    PIPELINE_RUN,
                    ARTIFACT_PUBLISH,
                    RELEASE_DEPLOY,
                    RELEASE_APPROVE)),
    MAINTAINER(
            "maintainer",
            EnumSet.of(
                    PROJECT_READ,
                    PROJECT_UPDATE,
                    APPLICATION_WRITE,
                    ENVIRONMENT_MANAGE,
                    PIPELINE_RUN,
                    ARTIFACT_PUBLISH,
                    RELEASE_DEPLOY)),
    DEVELOPER("developer", EnumSet.of(PROJECT_READ, PIPELINE_RUN, ARTIFACT_PUBLISH, RELEASE_DEPLOY)),
    RELEASE_MANAGER("release-manager", EnumSet.of(PROJECT_READ, PIPELINE_RUN, RELEASE_DEPLOY, RELEASE_APPROVE)),
    VIEWER("viewer", EnumSet.of(PROJECT_READ));

    private final String key;
    private final Set<Permission> permissions;

    ProjectRole(String key, Set<Permission> permissions) {
        this.key = key;
        this.permissions = permissions;
    }

    @JsonValue
    public String key() {
        return key;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    public static Optional<ProjectRole> find(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }

    @JsonCreator
    static ProjectRole fromKey(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("unknown role " + key));
    }

    public static String keys() {
        return Arrays.stream(values()).map(ProjectRole::key).collect(Collectors.joining(", "));
    }
}
