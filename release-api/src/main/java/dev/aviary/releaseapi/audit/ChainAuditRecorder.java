package dev.aviary.releaseapi.audit;

import dev.aviary.runtime.audit.AuditEvent;
import dev.aviary.runtime.audit.AuditRecorder;
import org.springframework.stereotype.Component;

/** release-api appends its own events straight to the chain, in the transaction of the change. */
@Component
class ChainAuditRecorder implements AuditRecorder {

    private final AuditChain chain;

    ChainAuditRecorder(AuditChain chain) {
        this.chain = chain;
    }

    @Override
    public void record(AuditEvent event) {
        chain.append(event);
    }
}
