package dev.aviary.runtime.security;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service authenticates callers.
 *
 * @param issuer the identity issuer JWTs must name exactly (release-api's public URL)
 * @param releaseApiUri where this service reaches release-api (JWK set, token introspection, audit)
 * @param internalToken the platform's internal token Aviary services use with each other
 * @param cacheTtl how long a resolved principal is reused: the most a revocation can lag elsewhere
 * @param staleTtl how long the last answer is still used while release-api cannot be reached
 */
@ConfigurationProperties("aviary.security")
public record SecurityProperties(
        @DefaultValue("http://localhost:8081") URI issuer,
        @DefaultValue("http://127.0.0.1:8081") URI releaseApiUri,
        String internalToken,
        @DefaultValue("15s") Duration cacheTtl,
        @DefaultValue("10m") Duration staleTtl) {

    public boolean hasInternalToken() {
        return internalToken != null && !internalToken.isBlank();
    }
}
