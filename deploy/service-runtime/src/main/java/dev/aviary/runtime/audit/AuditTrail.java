package dev.aviary.runtime.audit;

import dev.aviary.runtime.security.Access;
import dev.aviary.runtime.security.AviaryPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.UUID;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What service code calls after a successful change, inside its transaction:
 * {@code audit.success("application.create", "project/shop/application/web", null, created)}.
 * Failed and refused calls are recorded by {@link AuditFilter} without any code in the service.
 */
public class AuditTrail {

    static final String RECORDED = AuditTrail.class.getName() + ".recorded";

    private final AuditRecorder recorder;
    private final JsonMapper json;
    private final Clock clock;
    private final String service;

    public AuditTrail(AuditRecorder recorder, JsonMapper json, Clock clock, String service) {
        this.recorder = recorder;
        this.json = json;
        this.clock = clock;
        this.service = service;
    }

    public void success(String action, String target, Object before, Object after) {
        record(action, target, before, after, AuditResult.SUCCESS, null);
        HttpServletRequest request = currentRequest();
        if (request != null) {
            request.setAttribute(RECORDED, Boolean.TRUE);
        }
    }

    /**
     * A mutating method that changes nothing, such as trying a sample request against a policy: its
     * success leaves no record (a refusal or failure still does).
     */
    public static void changesNothing() {
        HttpServletRequest request = currentRequest();
        if (request != null) {
            request.setAttribute(RECORDED, Boolean.TRUE);
        }
    }

    /** A change the platform makes on its own, e.g. creating the first admin at start-up. */
    public void bySystem(String action, String target, Object before, Object after) {
        append("aviary", "system", action, target, before, after, AuditResult.SUCCESS, null);
    }

    /** An action of a principal who is not (yet) the request's authentication, e.g. signing in. */
    public void byActor(String actor, String actorKind, String action, String target, AuditResult result) {
        append(actor, actorKind, action, target, null, null, result, null);
    }

    void record(String action, String target, Object before, Object after, AuditResult result, Integer status) {
        AviaryPrincipal actor = Access.principal();
        append(actor.name(), actor.kind().key(), action, target, before, after, result, status);
    }

    private void append(
            String actor,
            String actorKind,
            String action,
            String target,
            Object before,
            Object after,
            AuditResult result,
            Integer status) {
        HttpServletRequest request = currentRequest();
        recorder.record(new AuditEvent(
                UUID.randomUUID(),
                clock.instant(),
                actor,
                actorKind,
                action,
                target,
                snapshot(before),
                snapshot(after),
                result,
                status,
                request == null ? null : ClientAddress.of(request),
                service));
    }

    private String snapshot(Object state) {
        if (state == null) {
            return null;
        }
        JsonNode tree = json.valueToTree(state);
        return json.writeValueAsString(SecretRedactor.redact(tree));
    }

    private static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }
}
