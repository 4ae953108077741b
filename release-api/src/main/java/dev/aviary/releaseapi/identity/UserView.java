package dev.aviary.releaseapi.identity;

import java.time.Instant;

/** A user as the API shows it (never the password hash). */
public record UserView(
        String username,
        String displayName,
        String email,
        boolean admin,
        boolean auditor,
        boolean disabled,
        Instant createdAt) {

    static UserView of(PrincipalEntity user) {
        return new UserView(
                user.name, user.displayName, user.email, user.admin, user.auditor, user.disabled, user.createdAt);
    }
}
