package dev.aviary.releaseapi.identity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/service-accounts}. */
public record NewServiceAccount(
        @NotNull @Pattern(regexp = Names.PRINCIPAL_PATTERN, message = Names.PRINCIPAL_RULE)
        String name,

        @Size(max = 2000) String description) {}
