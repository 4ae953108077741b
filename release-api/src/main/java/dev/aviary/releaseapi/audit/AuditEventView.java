package dev.aviary.releaseapi.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;

/** An audit event as the API lists it; before/after are the recorded JSON documents. */
record AuditEventView(
        long sequence,
        UUID id,
        Instant occurredAt,
        Instant recordedAt,
        String actor,
        String actorKind,
        String action,
        String target,
        @JsonRawValue String before,
        @JsonRawValue String after,
        String result,
        Integer status,
        String clientIp,
        String service,
        String hash) {

    static AuditEventView of(ChainLink link) {
        var e = link.event();
        return new AuditEventView(
                link.sequence(),
                e.id(),
                e.occurredAt(),
                link.recordedAt(),
                e.actor(),
                e.actorKind(),
                e.action(),
                e.target(),
                e.before(),
                e.after(),
                e.result().key(),
                e.status(),
                e.clientIp(),
                e.service(),
                link.hash());
    }
}
