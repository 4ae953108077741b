package dev.aviary.releaseapi.lane;

import java.time.Instant;
import java.util.List;

/** A lane as the API shows it; {@code version} counts its changes (the ETag of {@code If-Match}). */
public record LaneView(
        String name,
        String description,
        boolean strict,
        List<String> lockedServices,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {}
