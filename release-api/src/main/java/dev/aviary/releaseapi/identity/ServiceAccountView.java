package dev.aviary.releaseapi.identity;

import java.time.Instant;

/** A service account (a CI system's identity) as the API shows it. */
public record ServiceAccountView(
        String name, String description, boolean disabled, Instant createdAt, String createdBy) {

    static ServiceAccountView of(PrincipalEntity account) {
        return new ServiceAccountView(
                account.name, account.description, account.disabled, account.createdAt, account.createdBy);
    }
}
