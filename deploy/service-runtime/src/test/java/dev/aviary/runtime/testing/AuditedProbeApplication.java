package dev.aviary.runtime.testing;

import dev.aviary.runtime.audit.AuditTrail;
import dev.aviary.runtime.security.Access;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A minimal Aviary service with one audited action, for tests that need "another service" next to
 * release-api: it authenticates through release-api and delivers its audit events through the
 * outbox like every real service. Start it with {@code aviary.service.schema} of its own.
 */
@SpringBootApplication
public class AuditedProbeApplication {

    @RestController
    static class NoteController {

        private final AuditTrail audit;

        NoteController(AuditTrail audit) {
            this.audit = audit;
        }

        @PostMapping("/api/v1/probe-notes")
        @ResponseStatus(HttpStatus.CREATED)
        @Transactional
        Map<String, String> create(@RequestBody Map<String, String> note) {
            Access.principal();
            String id = UUID.randomUUID().toString();
            audit.success("note.create", "note/" + note.getOrDefault("text", id), null, note);
            return Map.of("id", id);
        }
    }
}
