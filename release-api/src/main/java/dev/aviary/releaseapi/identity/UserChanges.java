package dev.aviary.releaseapi.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** {@code PATCH /api/v1/users/{username}}: only the fields sent change. */
public record UserChanges(
        @Size(max = 200) String displayName,
        @Email @Size(max = 320) String email,

        @Size(min = 12, max = 200, message = "must be 12 to 200 characters")
        String password,

        Boolean admin,
        Boolean auditor,
        Boolean disabled) {}
