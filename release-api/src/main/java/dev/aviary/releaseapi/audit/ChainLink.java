package dev.aviary.releaseapi.audit;

import dev.aviary.runtime.audit.AuditEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import tools.jackson.databind.json.JsonMapper;

/**
 * One stored event with its place in the chain. Its hash covers the previous hash and every stored
 * field in a fixed order, so changing, inserting or removing any record breaks every later link.
 */
record ChainLink(long sequence, AuditEvent event, Instant recordedAt, String prevHash, String hash) {

    private static final JsonMapper CANONICAL = JsonMapper.builder().build();

    static String hashOf(long sequence, AuditEvent e, Instant recordedAt, String prevHash) {
        Object[] fields = {
            sequence,
            e.id().toString(),
            e.occurredAt().toString(),
            recordedAt.toString(),
            e.actor(),
            e.actorKind(),
            e.action(),
            e.target(),
            e.before(),
            e.after(),
            e.result().key(),
            e.status(),
            e.clientIp(),
            e.service()
        };
        String canonical = prevHash + "\n" + CANONICAL.writeValueAsString(Arrays.asList(fields));
        return sha256(canonical);
    }

    boolean isIntact() {
        return hash.equals(hashOf(sequence, event, recordedAt, prevHash));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
