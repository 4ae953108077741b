package dev.aviary.envmanager.environment;

import java.time.Instant;

public record EnvironmentView(
        String project, String name, boolean production, String description, Instant createdAt, Instant updatedAt) {

    static EnvironmentView of(EnvironmentEntity environment) {
        return new EnvironmentView(
                environment.projectKey,
                environment.name,
                environment.production,
                environment.description,
                environment.createdAt,
                environment.updatedAt);
    }
}
