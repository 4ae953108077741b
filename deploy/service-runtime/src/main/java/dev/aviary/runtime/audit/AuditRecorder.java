package dev.aviary.runtime.audit;

/**
 * Stores an audit event durably, inside the caller's transaction when there is one: a change and its
 * audit record commit or roll back together.
 */
public interface AuditRecorder {

    void record(AuditEvent event);
}
