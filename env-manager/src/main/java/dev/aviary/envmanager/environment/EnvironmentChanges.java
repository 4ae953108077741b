package dev.aviary.envmanager.environment;

import jakarta.validation.constraints.Size;

/** {@code PATCH /api/v1/environments/{project}/{name}}: only the fields sent change; project and name never do. */
public record EnvironmentChanges(@Size(max = 2000) String description, Boolean production) {

    boolean makesProduction() {
        return Boolean.TRUE.equals(production);
    }
}
