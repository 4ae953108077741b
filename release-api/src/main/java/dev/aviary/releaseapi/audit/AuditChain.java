package dev.aviary.releaseapi.audit;

import dev.aviary.runtime.audit.AuditEvent;
import dev.aviary.runtime.audit.AuditResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained store of audit events. Appends take the chain head's row lock, so
 * sequence numbers and hashes are assigned strictly one after another; an event id already stored
 * is ignored (services retry deliveries).
 */
@Component
class AuditChain {

    private record Head(long sequence, String hash) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditChain(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void append(AuditEvent event) {
        Head head = jdbc.sql("select sequence, hash from audit_chain_head for update")
                .query(Head.class)
                .single();
        boolean known = jdbc.sql("select count(*) from audit_events where id = :id")
                        .param("id", event.id())
                        .query(Long.class)
                        .single()
                > 0;
        if (known) {
            return;
        }
        long sequence = head.sequence() + 1;
        Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = ChainLink.hashOf(sequence, event, recordedAt, head.hash());
        jdbc.sql("""
                insert into audit_events (sequence, id, occurred_at, recorded_at, actor, actor_kind, action, target,
                    before, after, result, status, client_ip, service, prev_hash, hash)
                values (:sequence, :id, :occurredAt, :recordedAt, :actor, :actorKind, :action, :target,
                    :before, :after, :result, :status, :clientIp, :service, :prevHash, :hash)
                """)
                .param("sequence", sequence)
                .param("id", event.id())
                .param("occurredAt", Timestamp.from(event.occurredAt()))
                .param("recordedAt", Timestamp.from(recordedAt))
                .param("actor", event.actor())
                .param("actorKind", event.actorKind())
                .param("action", event.action())
                .param("target", event.target())
                .param("before", event.before())
                .param("after", event.after())
                .param("result", event.result().key())
                .param("status", event.status())
                .param("clientIp", event.clientIp())
                .param("service", event.service())
                .param("prevHash", head.hash())
                .param("hash", hash)
                .update();
        jdbc.sql("update audit_chain_head set sequence = :sequence, hash = :hash")
                .param("sequence", sequence)
                .param("hash", hash)
                .update();
    }

    /** Walks the whole chain in order; the caller must consume the stream inside a transaction. */
    Stream<ChainLink> links() {
        return jdbc.sql("select * from audit_events order by sequence").query(AuditChain::link).stream();
    }

    long headSequence() {
        return jdbc.sql("select sequence from audit_chain_head")
                .query(Long.class)
                .single();
    }

    String headHash() {
        return jdbc.sql("select hash from audit_chain_head").query(String.class).single();
    }

    static ChainLink link(ResultSet row, int index) throws SQLException {
        Integer status = (Integer) row.getObject("status");
        AuditEvent event = new AuditEvent(
                row.getObject("id", UUID.class),
                row.getTimestamp("occurred_at").toInstant(),
                row.getString("actor"),
                row.getString("actor_kind"),
                row.getString("action"),
                row.getString("target"),
                row.getString("before"),
                row.getString("after"),
                AuditResult.valueOf(row.getString("result").toUpperCase(Locale.ROOT)),
                status,
                row.getString("client_ip"),
                row.getString("service"));
        return new ChainLink(
                row.getLong("sequence"),
                event,
                row.getTimestamp("recorded_at").toInstant(),
                row.getString("prev_hash"),
                row.getString("hash"));
    }
}
