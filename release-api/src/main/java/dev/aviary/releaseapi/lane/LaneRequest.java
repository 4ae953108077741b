package dev.aviary.releaseapi.lane;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code PUT /api/v1/lanes/{name}}: the whole lane; absent fields take their defaults. */
public record LaneRequest(
        @Size(max = 500) String description,
        Boolean strict,

        @Size(max = 200)
        List<@NotNull @Pattern(regexp = LaneRules.SERVICE, message = LaneRules.SERVICE_RULE) String> lockedServices) {}
