package dev.aviary.runtime.audit;

import dev.aviary.runtime.security.Access;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Makes every mutating API call by a known principal leave a record: failures always (a rolled-back
 * change took its own record with it), successes when the service did not record one itself. The
 * action is then named after the route, e.g. {@code POST /api/v1/projects/{key}/applications}.
 */
final class AuditInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AuditInterceptor.class);
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AuditTrail trail;

    AuditInterceptor(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!MUTATING.contains(request.getMethod())
                || !request.getRequestURI().startsWith("/api/")
                || Access.current().isEmpty()) {
            return;
        }
        int status = ex != null && response.getStatus() < 400 ? 500 : response.getStatus();
        boolean recorded = Boolean.TRUE.equals(request.getAttribute(AuditTrail.RECORDED));
        if (status < 400 && recorded) {
            return;
        }
        try {
            trail.record(routeOf(request), request.getRequestURI(), null, null, AuditResult.ofStatus(status), status);
        } catch (RuntimeException failure) {
            log.error(
                    "Could not record the audit event for {} {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    failure);
        }
    }

    private static String routeOf(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return request.getMethod() + " " + (pattern == null ? request.getRequestURI() : pattern);
    }
}
