package dev.aviary.releaseapi.trafficlist;

import java.time.Instant;

/** A traffic list's metadata; {@code version} and {@code size} are those of its current version. */
public record TrafficListView(
        String name,
        String description,
        long version,
        int size,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {}
