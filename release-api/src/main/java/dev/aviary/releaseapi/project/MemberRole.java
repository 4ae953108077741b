package dev.aviary.releaseapi.project;

import jakarta.validation.constraints.NotNull;

/** {@code PUT /api/v1/projects/{key}/members/{username}}. */
public record MemberRole(@NotNull String role, Boolean production) {}
