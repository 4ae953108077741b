package dev.aviary.releaseapi.lanetoken;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.aviary.releaseapi.lane.Lanes;
import dev.aviary.runtime.audit.AuditTrail;
import dev.aviary.runtime.security.Access;
import dev.aviary.runtime.security.AviaryPrincipal;
import dev.aviary.runtime.security.Permission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues lane tokens with the authorization server's own signing keys, so gateways verify them
 * against the same JWKS ({@code /oauth2/jwks}) as access tokens. The audience {@code aviary-lane} and the
 * missing issuer keep them from being taken for access tokens (the service runtime refuses that
 * audience too), and access tokens for them.
 */
@Service
public class LaneTokens {

    static final String AUDIENCE = "aviary-lane";
    static final int DEFAULT_MINUTES = 60;

    private final Lanes lanes;
    private final JWKSource<SecurityContext> keys;
    private final JwtEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    LaneTokens(Lanes lanes, JWKSource<SecurityContext> keys, AuditTrail audit, Clock clock) {
        this.lanes = lanes;
        this.keys = keys;
        this.encoder = new NimbusJwtEncoder(keys);
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public LaneToken issue(String lane, LaneTokenRequest request) {
        AviaryPrincipal me = Access.require(Permission.TRAFFIC_READ);
        lanes.get(lane);
        int minutes = request == null || request.ttlMinutes() == null ? DEFAULT_MINUTES : request.ttlMinutes();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(Duration.ofMinutes(minutes));
        String id = UUID.randomUUID().toString();
        // No issuer: the resource servers' issuer check then refuses it as an access token as well.
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .audience(List.of(AUDIENCE))
                .subject(me.name())
                .claim("lane", lane)
                .issuedAt(now)
                .expiresAt(expiresAt)
                .id(id)
                .build();
        JwsHeader header =
                JwsHeader.with(SignatureAlgorithm.RS256).keyId(signingKeyId()).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        audit.success(
                "lane-token.create",
                "lane/" + lane,
                null,
                Map.of("jti", id, "lane", lane, "subject", me.name(), "expiresAt", expiresAt.toString()));
        return new LaneToken(token, lane, expiresAt);
    }

    /** The newest RSA key signs (SigningKeys lists newest first), as for access tokens. */
    private String signingKeyId() {
        try {
            List<JWK> rsa = keys.get(
                    new JWKSelector(new JWKMatcher.Builder()
                            .keyType(KeyType.RSA)
                            .privateOnly(true)
                            .build()),
                    null);
            return rsa.get(0).getKeyID();
        } catch (KeySourceException e) {
            throw new IllegalStateException("The signing keys cannot be read", e);
        }
    }
}
