package dev.aviary.releaseapi.identity;

import dev.aviary.runtime.audit.AuditResult;
import dev.aviary.runtime.audit.AuditTrail;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People who sign in through an external OIDC provider become local users (without a password) the
 * first time; roles and memberships are then granted in Aviary as for anyone else.
 */
@Service
public class ExternalUsers {

    /** Why an external identity cannot be used here; shown on the login page. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final PrincipalRepository principals;
    private final Identities identities;
    private final AuditTrail audit;

    ExternalUsers(PrincipalRepository principals, Identities identities, AuditTrail audit) {
        this.principals = principals;
        this.identities = identities;
        this.audit = audit;
    }

    /** The local username for an external identity, creating the user on first sign-in. */
    @Transactional
    public String signIn(String provider, String externalName, String displayName, String email) {
        String username = externalName == null ? "" : externalName.trim().toLowerCase(Locale.ROOT);
        if (!Names.isPrincipalName(username)) {
            throw new Refused("The name '" + externalName + "' from " + provider + " is not a valid Aviary username.");
        }
        Optional<PrincipalEntity> existing = principals.findById(username);
        if (existing.isPresent()) {
            PrincipalEntity user = existing.get();
            if (!user.isUser() || user.passwordHash != null) {
                throw new Refused("'" + username + "' is a local Aviary account; sign in with its password.");
            }
            if (user.disabled) {
                throw new Refused("The account '" + username + "' is disabled.");
            }
            audit.byActor(username, "user", "session.sign-in", "user/" + username, AuditResult.SUCCESS);
            return username;
        }
        PrincipalEntity user = identities.newPrincipal(username, PrincipalEntity.USER, "oidc:" + provider);
        user.displayName = displayName == null || displayName.isBlank() ? username : displayName;
        user.email = email;
        audit.bySystem("user.create", "user/" + username, null, UserView.of(principals.save(user)));
        audit.byActor(username, "user", "session.sign-in", "user/" + username, AuditResult.SUCCESS);
        return username;
    }
}
