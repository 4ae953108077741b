package dev.aviary.releaseapi.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/users}. */
public record NewUser(
        @NotNull @Pattern(regexp = Names.PRINCIPAL_PATTERN, message = Names.PRINCIPAL_RULE)
        String username,

        @Size(max = 200) String displayName,
        @Email @Size(max = 320) String email,

        @NotBlank @Size(min = 12, max = 200, message = "must be 12 to 200 characters")
        String password,

        Boolean admin,
        Boolean auditor) {}
