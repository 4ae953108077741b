package dev.aviary.releaseapi.token;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An API token as listed; {@code token} (the secret) is present only in the answer that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenView(
        UUID id,
        String name,
        String prefix,
        String owner,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<String> projects,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<String> permissions,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant expiresAt,
        Instant createdAt,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant lastUsedAt,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant revokedAt,
        String status,
        String token) {

    static TokenView of(ApiTokenEntity t, Instant now, String secret) {
        String status = t.revokedAt != null ? "revoked" : t.isUsableAt(now) ? "active" : "expired";
        return new TokenView(
                t.id,
                t.name,
                t.prefix,
                t.owner,
                t.projects == null ? null : List.of(t.projects),
                t.permissions == null ? null : List.of(t.permissions),
                t.expiresAt,
                t.createdAt,
                t.lastUsedAt,
                t.revokedAt,
                status,
                secret);
    }
}
