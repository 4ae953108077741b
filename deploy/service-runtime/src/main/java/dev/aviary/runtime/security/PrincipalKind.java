package dev.aviary.runtime.security;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who is acting: a person, a CI system, or an Aviary service using the internal token. */
public enum PrincipalKind {
    USER("user"),
    SERVICE_ACCOUNT("service-account"),
    PLATFORM_SERVICE("platform-service");

    private final String key;

    PrincipalKind(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }
}
