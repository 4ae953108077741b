package dev.aviary.runtime.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One audited action as services record it and release-api stores it. {@code before} and {@code
 * after} are JSON documents with secrets already redacted; {@code status} is set for failures.
 */
public record AuditEvent(
        UUID id,
        Instant occurredAt,
        String actor,
        String actorKind,
        String action,
        String target,
        String before,
        String after,
        AuditResult result,
        Integer status,
        String clientIp,
        String service) {

    public AuditEvent {
        // PostgreSQL keeps microseconds; the hash chain must see the same instant it stored.
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
