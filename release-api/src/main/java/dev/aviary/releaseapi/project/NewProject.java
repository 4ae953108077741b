package dev.aviary.releaseapi.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/projects}. */
public record NewProject(
        @NotNull @Pattern(regexp = ProjectKeys.PATTERN, message = ProjectKeys.RULE)
        String key,

        @NotBlank @Size(max = 100) String name,
        @Size(max = 2000) String description) {}
