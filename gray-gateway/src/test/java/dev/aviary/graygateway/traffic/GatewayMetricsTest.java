package dev.aviary.graygateway.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The request timer by gateway, route, lane and outcome, and the interval stats sent to release-api. */
class GatewayMetricsTest extends RunningIngress {

    @Autowired
    private MeterRegistry meters;

    @Test
    void requestsAreTimedByGatewayRouteLaneAndOutcome() {
        apply(Policies.EXAMPLE);
        versionFor("/shop/items", "x-user-id", "1001");
        versionFor("/shop/items", "x-user-id", PolicyRoutingTest.userId(false));
        versionFor("/shop/items", "x-probe", "strict");

        assertThat(timerCount("shop", "gray", "SUCCESS")).isPositive();
        assertThat(timerCount("shop", "baseline", "SUCCESS")).isPositive();
        assertThat(timerCount("shop", "strict-lane", "SERVER_ERROR")).isPositive();
        String scrape = http.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(scrape)
                .containsPattern(
                        "aviary_gateway_requests_seconds_bucket\\{[^}]*gateway=\"shop-ingress\"[^}]*lane=\"gray\"");
    }

    @Test
    void intervalStatsArePostedToReleaseApi() {
        apply(Policies.EXAMPLE);
        for (int i = 0; i < 5; i++) {
            versionFor("/orders/" + i, "x-user-id", "1001");
        }

        JsonMapper json = JsonMapper.builder().build();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(FIXTURE.controlPlane.stats())
                        .map(json::readTree)
                        .anySatisfy(report -> {
                            assertThat(report.path("replica").asString()).isNotBlank();
                            assertThat(report.path("intervalSeconds").asInt()).isEqualTo(10);
                            assertThat(report.path("samples").values()).anySatisfy(sample -> assertOrdersGray(sample));
                        }));
    }

    private static void assertOrdersGray(JsonNode sample) {
        assertThat(sample.path("route").asString()).isEqualTo("orders");
        assertThat(sample.path("lane").asString()).isEqualTo("gray");
        assertThat(sample.path("requests").asLong()).isPositive();
        assertThat(sample.path("errors").asLong()).isZero();
        assertThat(sample.path("p50Ms").asDouble()).isPositive();
        assertThat(sample.path("p99Ms").asDouble())
                .isGreaterThanOrEqualTo(sample.path("p50Ms").asDouble());
    }

    private long timerCount(String route, String lane, String outcome) {
        var timer = meters.find("aviary.gateway.requests")
                .tags("gateway", "shop-ingress", "route", route, "lane", lane, "outcome", outcome)
                .timer();
        return timer == null ? 0 : timer.count();
    }
}
