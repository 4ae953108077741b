package dev.aviary.runtime.audit;

import dev.aviary.runtime.security.Access;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes every mutating API call by a known principal leave a record: failures always (a rolled-back
 * change took its own record with it), successes when the service did not record one itself, named
 * after the route ({@code POST /api/v1/projects/{key}/applications}). The answer is held back until
 * the record is stored, so a client that sees the response finds the event.
 */
final class AuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AuditTrail trail;

    AuditFilter(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !MUTATING.contains(request.getMethod())
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, held);
            recordUnlessDone(request, held.getStatus());
        } catch (IOException | ServletException | RuntimeException failure) {
            recordUnlessDone(request, 500);
            throw failure;
        } finally {
            held.copyBodyToResponse();
        }
    }

    private void recordUnlessDone(HttpServletRequest request, int status) {
        boolean recorded = Boolean.TRUE.equals(request.getAttribute(AuditTrail.RECORDED));
        if (Access.current().isEmpty() || (status < 400 && recorded)) {
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
