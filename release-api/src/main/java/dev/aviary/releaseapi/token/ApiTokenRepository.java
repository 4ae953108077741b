package dev.aviary.releaseapi.token;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiTokenEntity, UUID> {

    Optional<ApiTokenEntity> findByTokenHash(String tokenHash);

    Page<ApiTokenEntity> findByOwner(String owner, Pageable pageable);

    boolean existsByOwnerAndName(String owner, String name);

    /** Records use at most once a minute per token, so busy CI does not turn reads into writes. */
    @Modifying
    @Query("""
            update ApiTokenEntity t set t.lastUsedAt = :now
            where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :staleBefore)
            """)
    int touch(UUID id, Instant now, Instant staleBefore);
}
