package dev.aviary.graygateway.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.trafficpolicy.StickyBucket;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** docs/traffic.md's example policy, rule by rule, through the running gateway to real instances. */
class PolicyRoutingTest extends RunningIngress {

    @BeforeEach
    void examplePolicy() {
        apply(Policies.EXAMPLE);
    }

    @Test
    void testersGoToGray() {
        assertThat(versionFor("/shop/items", "x-user-id", "1001")).isEqualTo("v2");
        assertThat(versionFor("/shop/items", "x-user-id", "1002")).isEqualTo("v2");
    }

    @Test
    void usersWhoseIdEndsInSevenGoToGray() {
        assertThat(versionFor("/shop/items", "x-user-id", "3337")).isEqualTo("v2");
        assertThat(versionFor("/shop/items", "X-User-Id", "90017")).isEqualTo("v2");
    }

    @Test
    void newAppVersionsGoToGray() {
        assertThat(versionFor("/shop/items", "x-app-version", "5.2.0")).isEqualTo("v2");
        assertThat(versionFor("/shop/items", "x-app-version", "5.10.1")).isEqualTo("v2");
        assertThat(versionFor("/shop/items", "x-app-version", "5.1.9")).isEqualTo("v1");
    }

    @Test
    void theStickyFivePercentGoToGray() {
        String inside = userId(true);
        String outside = userId(false);

        assertThat(versionFor("/shop/items", "x-user-id", inside)).isEqualTo("v2");
        assertThat(versionFor("/shop/items", "x-user-id", outside)).isEqualTo("v1");
    }

    @Test
    void regionGdOutsideTenSlashEightGoesToFeatureX() {
        assertThat(get("/shop/items", h -> h.set(HttpHeaders.COOKIE, "region=GD"))
                        .getResponseBody())
                .isEqualTo("v3");
    }

    @Test
    void theClientAddressComesFromXForwardedForOnlyThroughTrustedProxies() {
        // The test client connects from loopback, a trusted proxy: the header's last untrusted hop is the client.
        assertThat(get("/shop/items", h -> {
                            h.set(HttpHeaders.COOKIE, "region=GD");
                            h.set("X-Forwarded-For", "10.1.2.3");
                        })
                        .getResponseBody())
                .isEqualTo("v1");
        // A client cannot hide behind an address it prepends itself.
        assertThat(get("/shop/items", h -> {
                            h.set(HttpHeaders.COOKIE, "region=GD");
                            h.set("X-Forwarded-For", "10.1.2.3, 203.0.113.9");
                        })
                        .getResponseBody())
                .isEqualTo("v3");
    }

    @Test
    void entriesOfAPinnedTrafficListGoToGray() {
        assertThat(versionFor("/shop/items", "x-user-id", LIST_VIPS.get(0))).isEqualTo("v2");
    }

    @Test
    void everyoneElseGoesToTheBaseline() {
        assertThat(versionFor("/shop/items", "x-user-id", userId(false))).isEqualTo("v1");
        assertThat(get("/shop/items", h -> {}).getResponseBody()).isEqualTo("v1");
    }

    @Test
    void baselineRequestsNeverReachGray() {
        String baselineUser = userId(false);
        for (int i = 0; i < 40; i++) {
            var answer = get("/shop/items?i=" + i, h -> h.set("x-user-id", baselineUser));
            assertThat(answer.getResponseBody()).isEqualTo("v1");
            assertThat(answer.getResponseHeaders().getFirst("X-Seen-Lane")).isEqualTo("-");
        }
    }

    @Test
    void grayRequestsCarryTheLaneHeaderToTheService() {
        var answer = get("/shop/items", h -> h.set("x-user-id", "1001"));

        assertThat(answer.getResponseHeaders().getFirst("X-Seen-Lane")).isEqualTo("gray");
    }

    /** A user id no rule but (maybe) five-pct matches: inside or outside its sticky 5 %. */
    static String userId(boolean inFivePercent) {
        return IntStream.range(20_000, 40_000)
                .mapToObj(Integer::toString)
                .filter(id -> !id.endsWith("7") && !LIST_VIPS.contains(id))
                .filter(id -> (StickyBucket.of("gray", id) < 500) == inFivePercent)
                .findFirst()
                .orElseThrow();
    }
}
