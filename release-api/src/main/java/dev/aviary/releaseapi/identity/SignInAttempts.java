package dev.aviary.releaseapi.identity;

import dev.aviary.runtime.audit.AuditResult;
import dev.aviary.runtime.audit.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: five failed sign-ins for one username within 15 minutes lock that
 * username for the rest of the 15 minutes, whether or not the account exists (so the lock says
 * nothing about which names are real). Successful sign-ins and locks are audited; single failures
 * are logged, so anonymous guessing cannot flood the audit trail.
 */
@Component
public class SignInAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private record Failures(int count, Instant since) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final AuditTrail audit;
    private final Clock clock;

    SignInAttempts(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        Failures current = failures.get(key(username));
        return current != null && current.count() >= MAX_FAILURES && !expired(current);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt)) {
            return;
        }
        String username = String.valueOf(attempt.getPrincipal());
        Failures updated = failures.compute(
                key(username),
                (name, previous) -> previous == null || expired(previous)
                        ? new Failures(1, clock.instant())
                        : new Failures(previous.count() + 1, previous.since()));
        log.warn("Sign-in failed for '{}' ({} of {} in {})", username, updated.count(), MAX_FAILURES, WINDOW);
        if (updated.count() == MAX_FAILURES) {
            audit.byActor(username, "user", "session.locked", "user/" + username, AuditResult.DENIED);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signedIn) {
            failures.remove(key(signedIn.getName()));
            audit.byActor(
                    signedIn.getName(), "user", "session.sign-in", "user/" + signedIn.getName(), AuditResult.SUCCESS);
        }
    }

    private boolean expired(Failures failures) {
        return failures.since().plus(WINDOW).isBefore(clock.instant());
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
