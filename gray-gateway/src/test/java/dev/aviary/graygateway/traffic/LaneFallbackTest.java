package dev.aviary.graygateway.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** What a lane's request reaches when its lane has no instance, is strict, or is locked. */
class LaneFallbackTest extends RunningIngress {

    @BeforeEach
    void examplePolicy() {
        apply(Policies.EXAMPLE);
    }

    @Test
    void grayRequestFallsBackToBaselineWhenLaneHasNoInstance() throws Exception {
        assertThat(versionFor("/cart/items", "x-user-id", "1001")).isEqualTo("v2");

        FIXTURE.cartGray.deregister();
        try {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> "v1".equals(versionFor("/cart/items", "x-user-id", "1001")));
            var answer = get("/cart/items", h -> h.set("x-user-id", "1002"));
            assertThat(answer.getStatus().value()).isEqualTo(200);
            assertThat(answer.getResponseHeaders().getFirst("X-Seen-Lane")).isEqualTo("gray");
        } finally {
            FIXTURE.cartGray.register();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> "v2".equals(versionFor("/cart/items", "x-user-id", "1001")));
    }

    @Test
    void strictLaneWithoutInstanceIsAProblemNamingLaneAndService() {
        http.get()
                .uri("/shop/items")
                .header("x-probe", "strict")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("/problems/lane-unavailable")
                .jsonPath("$.lane")
                .isEqualTo("strict-lane")
                .jsonPath("$.service")
                .isEqualTo("shop")
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("strict-lane", "shop"));
    }

    @Test
    void lockedLaneMayOnlyReachItsServices() {
        http.get()
                .uri("/orders/1")
                .header("x-probe", "locked")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("/problems/lane-locked")
                .jsonPath("$.lane")
                .isEqualTo("locked-lane")
                .jsonPath("$.service")
                .isEqualTo("orders");

        // shop is in the lane's services; the lane has no instance there, so the baseline answers.
        assertThat(versionFor("/shop/items", "x-probe", "locked")).isEqualTo("v1");
    }

    @Test
    void baselineRequestWithoutBaselineInstanceIsANoInstanceProblem() {
        http.get()
                .uri("/ledger/1")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("/problems/no-instance")
                .jsonPath("$.service")
                .isEqualTo("ledger");

        assertThat(versionFor("/ledger/1", "x-user-id", "1001")).isEqualTo("v2");
    }
}
