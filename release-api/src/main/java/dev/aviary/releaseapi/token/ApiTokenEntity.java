package dev.aviary.releaseapi.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "api_tokens")
class ApiTokenEntity {

    @Id
    UUID id;

    String owner;
    String name;

    @Column(name = "token_hash")
    String tokenHash;

    String prefix;

    /** {@code null}: all the owner's projects. */
    String[] projects;

    /** {@code null}: all the owner's permissions. */
    String[] permissions;

    @Column(name = "expires_at")
    Instant expiresAt;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "last_used_at")
    Instant lastUsedAt;

    @Column(name = "revoked_at")
    Instant revokedAt;

    boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
