package dev.aviary.graygateway.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aviary.graygateway.GrayGatewayApplication;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/** The last good policy survives on disk: a gateway started while release-api is down colors with it. */
class PolicyCacheTest extends RunningIngress {

    @Test
    void aGatewayStartedWhileReleaseApiIsDownServesTheCachedPolicy() throws Exception {
        long version = apply(Policies.EXAMPLE);
        JsonMapper json = JsonMapper.builder().build();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Files.exists(FIXTURE.policyCache)
                        && json.readTree(FIXTURE.policyCache.toFile())
                                        .path("feed")
                                        .path("policy")
                                        .path("version")
                                        .asLong()
                                == version);
        Path copy = Files.createTempDirectory("second-gateway").resolve("policy.json");
        Files.copy(FIXTURE.policyCache, copy);
        int releaseApiDown;
        try (ServerSocket socket = new ServerSocket(0)) {
            releaseApiDown = socket.getLocalPort();
        }

        try (var second = new SpringApplicationBuilder(GrayGatewayApplication.class)
                .profiles("ingress")
                .run(
                        "--server.port=0",
                        "--aviary.gateway.control-plane.uri=http://127.0.0.1:" + releaseApiDown,
                        "--aviary.gateway.registry.server-addr=" + FIXTURE.registry.serverAddr(),
                        "--aviary.gateway.policy-cache=" + copy)) {
            assertThat(second.getBean(CurrentTraffic.class).get().version()).isEqualTo(version);
            int secondPort = second.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            var client = WebTestClient.bindToServer()
                    .baseUrl("http://127.0.0.1:" + secondPort)
                    .build();

            assertThat(versionOf(client, "1001")).isEqualTo("v2");
            assertThat(versionOf(client, LIST_VIPS.get(1))).isEqualTo("v2");
            assertThat(versionOf(client, PolicyRoutingTest.userId(false))).isEqualTo("v1");
        }
    }

    private static String versionOf(WebTestClient client, String userId) {
        return client.get()
                .uri("/shop/items")
                .header("x-user-id", userId)
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
