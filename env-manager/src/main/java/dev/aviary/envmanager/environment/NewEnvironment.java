package dev.aviary.envmanager.environment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/environments}; {@code production} defaults to false. */
public record NewEnvironment(
        @NotNull @Pattern(regexp = EnvironmentRules.PROJECT_KEY, message = EnvironmentRules.PROJECT_KEY_RULE)
        String project,

        @NotNull @Pattern(regexp = EnvironmentRules.NAME, message = EnvironmentRules.NAME_RULE)
        String name,

        Boolean production,
        @Size(max = 2000) String description) {

    boolean isProduction() {
        return Boolean.TRUE.equals(production);
    }
}
