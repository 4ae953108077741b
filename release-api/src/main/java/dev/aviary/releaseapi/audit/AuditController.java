package dev.aviary.releaseapi.audit;

import dev.aviary.runtime.audit.AuditEvent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditController {

    private final AuditSearch search;
    private final ChainVerifier verifier;
    private final AuditChain chain;

    AuditController(AuditSearch search, ChainVerifier verifier, AuditChain chain) {
        this.search = search;
        this.verifier = verifier;
        this.chain = chain;
    }

    @GetMapping("/api/v1/audit-events")
    PagedModel<AuditEventView> list(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String target,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            Pageable page) {
        return new PagedModel<>(search.find(new AuditSearch.Filter(actor, action, target, from, to), page));
    }

    @GetMapping("/api/v1/audit-events/verify")
    ChainVerification verify() {
        return verifier.verify();
    }

    /** Deliveries from the other services' outboxes; an event id already stored is skipped. */
    @PostMapping("/internal/v1/audit-events")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void ingest(@RequestBody @Valid @Size(max = 1000) List<@NotNull AuditEvent> events) {
        events.forEach(chain::append);
    }
}
