package dev.aviary.releaseapi.lanetoken;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.aviary.releaseapi.ReleaseApiIntegration;
import dev.aviary.runtime.security.SecurityProperties;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Even a lane token that carried the right issuer would not sign anyone in: the audience is refused. */
class LaneTokenIsNoAccessTokenTest extends ReleaseApiIntegration {

    @Autowired
    JWKSource<SecurityContext> keys;

    @Autowired
    SecurityProperties security;

    private String signed(List<String> audience) throws Exception {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(security.issuer().toString())
                .subject("admin")
                .issuedAt(now)
                .expiresAt(now.plusSeconds(300))
                .claim("lane", "gray");
        if (!audience.isEmpty()) {
            claims.audience(audience);
        }
        String kid = keys.get(
                        new com.nimbusds.jose.jwk.JWKSelector(new com.nimbusds.jose.jwk.JWKMatcher.Builder().build()),
                        null)
                .get(0)
                .getKeyID();
        return new NimbusJwtEncoder(keys)
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).keyId(kid).build(), claims.build()))
                .getTokenValue();
    }

    @Test
    void theLaneAudienceIsRefusedByTheResourceServer() throws Exception {
        assertThat(anonymous().as(signed(List.of())).get("/api/v1/users/me").status())
                .as("the same token without the lane audience is an access token")
                .isEqualTo(200);
        assertThat(anonymous()
                        .as(signed(List.of("aviary-lane")))
                        .get("/api/v1/users/me")
                        .status())
                .isEqualTo(401);
    }
}
