package dev.aviary.releaseapi.gatewayfeed;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /internal/v1/gateways/{gateway}/stats}: what one replica counted over its last interval. */
public record StatsReport(
        @NotBlank @Size(max = 200) String replica,
        @Min(1) @Max(300) Integer intervalSeconds,
        @NotNull @Size(max = 1000) List<@NotNull @Valid Sample> samples) {

    /** Counts of one lane (and route) over the interval; latencies in milliseconds. */
    public record Sample(
            @NotBlank @Size(max = 40) String lane,
            @Size(max = 200) String route,
            @NotNull @PositiveOrZero Long requests,
            @NotNull @PositiveOrZero Long errors,
            @PositiveOrZero Double p50Ms,
            @PositiveOrZero Double p99Ms) {}
}
