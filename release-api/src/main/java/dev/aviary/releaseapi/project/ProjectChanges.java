package dev.aviary.releaseapi.project;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code PATCH /api/v1/projects/{key}}: only the fields sent change; the key never does. */
public record ProjectChanges(
        @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        String name,

        @Size(max = 2000) String description) {}
