package dev.aviary.releaseapi.project;

import java.time.Instant;

public record ProjectView(String key, String name, String description, Instant createdAt, Instant updatedAt) {

    static ProjectView of(ProjectEntity project) {
        return new ProjectView(project.key, project.name, project.description, project.createdAt, project.updatedAt);
    }
}
