package dev.aviary.runtime.security;

import java.util.Optional;

/** Where a service learns who a credential belongs to and what that principal may do. */
public interface PrincipalDirectory {

    /** The principal an API token acts as, narrowed by its scope; empty for unknown, expired or revoked. */
    Optional<AviaryPrincipal> byApiToken(String token);

    /** The principal a signed-in user's JWT names; empty when unknown or disabled. */
    Optional<AviaryPrincipal> byName(String name);
}
