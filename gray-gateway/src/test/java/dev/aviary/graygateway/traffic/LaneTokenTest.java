package dev.aviary.graygateway.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A client's lane label counts only with a valid lane token from release-api. */
class LaneTokenTest extends RunningIngress {

    private static final String LANE = "x-aviary-lane";
    private static final String TOKEN = "x-aviary-lane-token";

    @BeforeEach
    void testersOnly() {
        apply(Policies.TESTERS_ONLY);
    }

    @Test
    void aLabelWithoutTokenIsRemoved() {
        var answer = get("/shop/items", h -> h.set(LANE, "gray"));

        assertThat(answer.getResponseBody()).isEqualTo("v1");
        assertThat(answer.getResponseHeaders().getFirst("X-Seen-Lane")).isEqualTo("-");
    }

    @Test
    void aLabelWithoutTokenDoesNotOverrideThePolicy() {
        var answer = get("/shop/items", h -> {
            h.set(LANE, "feature-x");
            h.set("x-user-id", "1001");
        });

        assertThat(answer.getResponseBody()).isEqualTo("v2");
        assertThat(answer.getResponseHeaders().getFirst("X-Seen-Lane")).isEqualTo("gray");
    }

    @Test
    void aValidTokenPinsTheLaneAndNeverReachesTheService() {
        String token = FIXTURE.controlPlane.laneToken("feature-x", Duration.ofMinutes(60));

        var answer = get("/shop/items", h -> {
            h.set(LANE, "feature-x");
            h.set(TOKEN, token);
            h.set("x-user-id", "1001");
        });

        assertThat(answer.getResponseBody()).isEqualTo("v3");
        assertThat(answer.getResponseHeaders().getFirst("X-Seen-Lane")).isEqualTo("feature-x");
        assertThat(answer.getResponseHeaders().getFirst("X-Seen-Token")).isEqualTo("false");
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = FIXTURE.controlPlane.laneToken("gray", Duration.ofMinutes(-5));

        assertRefused("gray", expired);
    }

    @Test
    void aTokenForAnotherLaneIsRefused() {
        assertRefused("gray", FIXTURE.controlPlane.laneToken("feature-x", Duration.ofMinutes(60)));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertRefused("gray", FIXTURE.controlPlane.laneToken("gray", Duration.ofMinutes(60), List.of("aviary-api")));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        assertRefused("gray", FIXTURE.controlPlane.laneTokenOfAStranger("gray"));
    }

    @Test
    void aPinnedLaneTheFeedDoesNotDeclareReachesItsInstances() {
        String token = FIXTURE.controlPlane.laneToken("hotfix", Duration.ofMinutes(10));

        var answer = get("/shop/items", h -> {
            h.set(LANE, "hotfix");
            h.set(TOKEN, token);
        });

        assertThat(answer.getResponseBody()).isEqualTo("v9");
    }

    @Test
    void aPinnedLaneWithoutInstancesFallsBackToTheBaseline() {
        String token = FIXTURE.controlPlane.laneToken("nobody-here", Duration.ofMinutes(10));

        var answer = get("/shop/items", h -> {
            h.set(LANE, "nobody-here");
            h.set(TOKEN, token);
        });

        assertThat(answer.getResponseBody()).isEqualTo("v1");
        assertThat(answer.getResponseHeaders().getFirst("X-Seen-Lane")).isEqualTo("nobody-here");
    }

    private void assertRefused(String lane, String token) {
        var answer = get("/shop/items", h -> {
            h.set(LANE, lane);
            h.set(TOKEN, token);
        });

        assertThat(answer.getResponseBody()).isEqualTo("v1");
        assertThat(answer.getResponseHeaders().getFirst("X-Seen-Lane")).isEqualTo("-");
        assertThat(answer.getResponseHeaders().getFirst("X-Seen-Token")).isEqualTo("false");
    }
}
