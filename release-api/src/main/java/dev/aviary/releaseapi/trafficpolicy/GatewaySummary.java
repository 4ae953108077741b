package dev.aviary.releaseapi.trafficpolicy;

import java.time.Instant;

/**
 * {@code GET /api/v1/traffic-policies}: a gateway's current version, its number of rules and the number
 * of its replicas seen by this release-api in the last five minutes.
 */
public record GatewaySummary(
        String gateway, long version, int rules, Instant updatedAt, String updatedBy, int replicas) {}
