package dev.aviary.graygateway.coloring;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Checks a tester's lane token: a JWT signed with one of release-api's keys (its JWK set is fetched once and
 * cached; fetched again only for a key id it does not hold), for audience {@code aviary-lane}, not expired,
 * whose {@code lane} claim names the requested lane.
 */
final class LaneTokens {

    private static final Logger log = LoggerFactory.getLogger(LaneTokens.class);

    static final String AUDIENCE = "aviary-lane";
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final NimbusReactiveJwtDecoder decoder;
    /** Logged once per outage, not once per request. */
    private volatile boolean jwkSetFailing;

    LaneTokens(URI jwkSet) {
        decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSet.toString()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(CLOCK_SKEW),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, audience -> audience != null && audience.contains(AUDIENCE))));
    }

    /** Whether {@code token} pins {@code lane}; false for any token that does not verify. */
    Mono<Boolean> pins(String token, String lane) {
        return decoder.decode(token)
                .map(jwt -> lane.equals(jwt.getClaimAsString("lane")))
                .onErrorResume(JwtException.class, invalid -> {
                    log.debug("lane token refused: {}", invalid.getMessage());
                    return Mono.just(false);
                })
                .doOnSuccess(checked -> jwkSetFailing = false)
                .onErrorResume(failed -> {
                    if (!jwkSetFailing) {
                        jwkSetFailing = true;
                        log.warn(
                                "cannot verify lane tokens, they are ignored until release-api's JWK set can be read: {}",
                                failed.toString());
                    }
                    return Mono.just(false);
                });
    }
}
