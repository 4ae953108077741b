package dev.aviary.releaseapi.lanetoken;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.releaseapi.ApiClient.Reply;
import dev.aviary.releaseapi.ReleaseApiIntegration;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class LaneTokenTest extends ReleaseApiIntegration {

    /** Verifies as the gray-gateway does: signature against the JWKS, audience, expiry. */
    private NimbusJwtDecoder gatewayVerifier() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:" + port + "/oauth2/jwks")
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(),
                new JwtClaimValidator<java.util.List<String>>(
                        "aud", aud -> aud != null && aud.contains("aviary-lane"))));
        return decoder;
    }

    @Test
    void aTesterTakesATokenThatVerifiesAgainstTheJwks() {
        String lane = unique("gray");
        admin().put("/api/v1/lanes/" + lane, "{}");
        String tester = unique("tester");
        String token = userWithToken(tester);

        Reply issued = anonymous().as(token).post("/api/v1/lanes/" + lane + "/tokens", "{\"ttlMinutes\": 90}");

        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        assertThat(issued.text("lane")).isEqualTo(lane);
        Jwt jwt = gatewayVerifier().decode(issued.text("token"));
        assertThat(jwt.getClaimAsString("lane")).isEqualTo(lane);
        assertThat(jwt.getSubject()).isEqualTo(tester);
        assertThat(jwt.getAudience()).containsExactly("aviary-lane");
        assertThat(jwt.getId()).isNotBlank();
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(90));
        assertThat(jwt.getExpiresAt()).isEqualTo(Instant.parse(issued.text("expiresAt")));
    }

    @Test
    void theDefaultIsAnHourAndTheBodyMayBeLeftOut() {
        String lane = unique("gray");
        admin().put("/api/v1/lanes/" + lane, "{}");

        Reply issued = admin().post("/api/v1/lanes/" + lane + "/tokens", null);

        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        Jwt jwt = gatewayVerifier().decode(issued.text("token"));
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void aLaneTokenIsNotAnAccessToken() {
        String lane = unique("gray");
        admin().put("/api/v1/lanes/" + lane, "{}");
        String token = admin().post("/api/v1/lanes/" + lane + "/tokens", "{}").text("token");

        assertThat(anonymous().as(token).get("/api/v1/lanes").status()).isEqualTo(401);
        assertThat(gatewayVerifier().decode(token).getClaimAsString("lane")).isEqualTo(lane);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> gatewayVerifier().decode(token + "x"))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void unknownLanesAndBadLifetimesAreRefused() {
        assertThat(admin().post("/api/v1/lanes/" + unique("nowhere") + "/tokens", "{}")
                        .status())
                .isEqualTo(404);
        String lane = unique("gray");
        admin().put("/api/v1/lanes/" + lane, "{}");
        Reply zero = admin().post("/api/v1/lanes/" + lane + "/tokens", "{\"ttlMinutes\": 0}");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.body().path("errors").get(0).path("field").asString()).isEqualTo("ttlMinutes");
        assertThat(admin().post("/api/v1/lanes/" + lane + "/tokens", "{\"ttlMinutes\": 1441}")
                        .status())
                .isEqualTo(400);
        assertThat(anonymous().post("/api/v1/lanes/" + lane + "/tokens", "{}").status())
                .isEqualTo(401);
    }
}
