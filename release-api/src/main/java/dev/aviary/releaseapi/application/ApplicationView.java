package dev.aviary.releaseapi.application;

import java.time.Instant;
import java.util.List;

public record ApplicationView(
        String name,
        String project,
        String type,
        List<String> owners,
        String repositoryUrl,
        String language,
        String description,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt) {

    static ApplicationView of(ApplicationEntity app) {
        return new ApplicationView(
                app.name,
                app.projectKey,
                app.type,
                List.of(app.owners),
                app.repositoryUrl,
                app.language,
                app.description,
                List.of(app.tags),
                app.createdAt,
                app.updatedAt);
    }
}
