package dev.aviary.runtime.security;

import dev.aviary.runtime.security.AviaryAuthentication.Credential;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Turns a bearer token into an authentication: the platform's internal token, a JWT issued by
 * release-api to a signed-in user (relayed by the edge), or an API token. Every kind of failure looks
 * the same to the caller.
 */
final class BearerAuthentication {

    private static final Pattern JWT = Pattern.compile("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$");

    private final SecurityProperties properties;
    static final String LANE_TOKEN_AUDIENCE = "aviary-lane";

    private final JwtDecoder jwtDecoder;
    private final PrincipalDirectory directory;

    BearerAuthentication(SecurityProperties properties, JwtDecoder jwtDecoder, PrincipalDirectory directory) {
        this.properties = properties;
        this.jwtDecoder = jwtDecoder;
        this.directory = directory;
    }

    Optional<AviaryAuthentication> authenticate(String token, String callingService) {
        if (properties.hasInternalToken() && TokenDigest.sameSecret(token, properties.internalToken())) {
            String service = callingService == null || callingService.isBlank() ? "unknown" : callingService;
            return Optional.of(new AviaryAuthentication(AviaryPrincipal.platform(service), Credential.INTERNAL_TOKEN));
        }
        if (JWT.matcher(token).matches()) {
            return subjectOf(token)
                    .flatMap(directory::byName)
                    .map(principal -> new AviaryAuthentication(principal, Credential.SESSION));
        }
        return directory.byApiToken(token).map(principal -> new AviaryAuthentication(principal, Credential.API_TOKEN));
    }

    private Optional<String> subjectOf(String token) {
        try {
            Jwt jwt = jwtDecoder.decode(token);
            if (jwt.getAudience() != null && jwt.getAudience().contains(LANE_TOKEN_AUDIENCE)) {
                // A tester's lane token (docs/traffic.md) pins a lane at the gateway; it never signs anyone in.
                return Optional.empty();
            }
            return Optional.ofNullable(jwt.getSubject());
        } catch (JwtException invalid) {
            return Optional.empty();
        }
    }
}
