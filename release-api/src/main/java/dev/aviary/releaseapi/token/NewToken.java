package dev.aviary.releaseapi.token;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /api/v1/tokens}: {@code projects} and {@code permissions} narrow the token; absent
 * means all of the owner's.
 */
public record NewToken(
        @NotBlank @Size(max = 100) String name,
        @Min(1) @Max(365) Integer expiresInDays,
        @Size(max = 200) List<@NotNull String> projects,
        @Size(max = 50) List<@NotNull String> permissions) {}
