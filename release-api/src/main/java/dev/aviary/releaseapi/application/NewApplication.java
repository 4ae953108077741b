package dev.aviary.releaseapi.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /api/v1/projects/{key}/applications}. */
public record NewApplication(
        @NotNull @Pattern(regexp = ApplicationRules.NAME, message = ApplicationRules.NAME_RULE)
        String name,

        @NotNull @Pattern(regexp = ApplicationRules.TYPE, message = ApplicationRules.TYPE_RULE)
        String type,

        @Size(max = 20) List<@NotNull String> owners,

        @Size(max = 500) @Pattern(regexp = ApplicationRules.REPOSITORY, message = ApplicationRules.REPOSITORY_RULE)
        String repositoryUrl,

        @Size(max = 40) String language,
        @Size(max = 2000) String description,

        @Size(max = 20)
        List<@NotNull @Pattern(regexp = ApplicationRules.TAG, message = ApplicationRules.TAG_RULE) String> tags) {}
