package dev.aviary.runtime.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Writes events to the service's own {@code audit_outbox}; {@link AuditRelay} delivers them. */
final class OutboxAuditRecorder implements AuditRecorder {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditRelay relay;

    OutboxAuditRecorder(JdbcClient jdbc, JsonMapper json, AuditRelay relay) {
        this.jdbc = jdbc;
        this.json = json;
        this.relay = relay;
    }

    @Override
    public void record(AuditEvent event) {
        jdbc.sql("insert into audit_outbox (event_id, payload) values (:id, :payload)")
                .param("id", event.id())
                .param("payload", json.writeValueAsString(event))
                .update();
        relay.wake();
    }
}
