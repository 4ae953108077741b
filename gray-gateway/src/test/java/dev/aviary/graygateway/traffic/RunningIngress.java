package dev.aviary.graygateway.traffic;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A business ingress gateway ({@code shop-ingress}, profile {@code ingress}) on a random port, against the
 * in-process registry, real lane instances and a stub of release-api. All tests that extend this share one
 * Spring context; each publishes the policy it needs first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("ingress")
@AutoConfigureWebTestClient
abstract class RunningIngress {

    static final IngressFixture FIXTURE = IngressFixture.get();

    static final List<String> LIST_VIPS = List.of("424242", "515151");

    static {
        FIXTURE.controlPlane.putList("vips", 3, LIST_VIPS);
    }

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        registry.add("aviary.gateway.control-plane.uri", () -> FIXTURE.controlPlane.uri());
        registry.add("aviary.gateway.registry.server-addr", FIXTURE.registry::serverAddr);
        registry.add("aviary.gateway.policy-cache", FIXTURE.policyCache::toString);
    }

    @Autowired
    protected WebTestClient http;

    @Autowired
    protected CurrentTraffic traffic;

    @LocalServerPort
    protected int port;

    /** Publishes a policy version and waits until the gateway serves it. */
    long apply(String rules) {
        long version = FIXTURE.controlPlane.publish(rules, Policies.LANES);
        await().atMost(Duration.ofSeconds(10)).until(() -> traffic.get().version() == version);
        return version;
    }

    /** GET {@code path} with headers; the answer (status, the version that answered, headers). */
    EntityExchangeResult<String> get(String path, Consumer<HttpHeaders> headers) {
        return http.get()
                .uri(path)
                .headers(headers)
                .exchange()
                .expectBody(String.class)
                .returnResult();
    }

    /** The version of the instance that answered GET {@code path} with one header. */
    String versionFor(String path, String header, String value) {
        return get(path, h -> h.set(header, value)).getResponseBody();
    }
}
