package dev.aviary.runtime.security;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a principal may do. Project permissions come from a project role; platform permissions from
 * the platform roles admin and auditor. The matrix is documented in docs/security.md.
 */
public enum Permission {
    PROJECT_READ("project.read"),
    PROJECT_UPDATE("project.update"),
    PROJECT_DELETE("project.delete"),
    MEMBER_MANAGE("member.manage"),
    APPLICATION_WRITE("application.write"),
    ENVIRONMENT_MANAGE("environment.manage"),
    PIPELINE_RUN("pipeline.run"),
    ARTIFACT_PUBLISH("artifact.publish"),
    RELEASE_DEPLOY("release.deploy"),
    RELEASE_APPROVE("release.approve"),
    /** Not a role permission: the member's production flag, listed in a token scope to keep it. */
    PRODUCTION("production"),
    PROJECT_CREATE("project.create"),
    USER_MANAGE("user.manage"),
    AUDIT_READ("audit.read"),
    /** Reading lanes, traffic policies, traffic lists and stats; every authenticated principal. */
    TRAFFIC_READ("traffic.read"),
    /**
     * Changing lanes, traffic policies and traffic lists: the admin, or a principal holding
     * {@code release.approve} in at least one project.
     */
    TRAFFIC_MANAGE("traffic.manage");

    private final String key;

    Permission(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    public static Optional<Permission> find(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    @JsonCreator
    static Permission fromKey(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("unknown permission " + key));
    }

    @Override
    public String toString() {
        return key;
    }
}
