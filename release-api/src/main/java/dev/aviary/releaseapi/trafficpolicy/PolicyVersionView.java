package dev.aviary.releaseapi.trafficpolicy;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** One immutable version of a gateway's policy; list references in {@code rules} are pinned. */
public record PolicyVersionView(
        String gateway,
        long version,
        JsonNode rules,
        String action,
        String comment,
        Instant createdAt,
        String createdBy) {}
