package dev.aviary.releaseapi.trafficpolicy;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/traffic-policies/{gateway}/rollback}. */
public record RollbackRequest(
        @NotNull @Min(1) Long version, @Size(max = 500) String comment) {}
