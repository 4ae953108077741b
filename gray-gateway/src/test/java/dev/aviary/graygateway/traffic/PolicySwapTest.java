package dev.aviary.graygateway.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;

/** Policy changes arrive through the feed, take effect at once, and never fail a request in flight. */
class PolicySwapTest extends RunningIngress {

    private static final Logger log = LoggerFactory.getLogger(PolicySwapTest.class);

    @Test
    void aPolicyChangeTakesEffectAtOnceAndNoRequestFailsDuringSwaps() throws Exception {
        apply(Policies.NONE);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong requests = new AtomicLong();
        AtomicLong firstGrayAt = new AtomicLong();
        AtomicLong firstGraySentAt = new AtomicLong();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest tester = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/shop/load"))
                .header("x-user-id", "1001")
                .build();
        ExecutorService load = Executors.newFixedThreadPool(3);
        for (int i = 0; i < 3; i++) {
            load.submit(() -> {
                while (running.get()) {
                    try {
                        long sentAt = System.nanoTime();
                        HttpResponse<String> answer = client.send(tester, HttpResponse.BodyHandlers.ofString());
                        requests.incrementAndGet();
                        if (answer.statusCode() != 200) {
                            failures.add(answer.statusCode() + " " + answer.body());
                        } else if ("v2".equals(answer.body()) && firstGrayAt.compareAndSet(0, System.nanoTime())) {
                            firstGraySentAt.set(sentAt);
                        }
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                }
            });
        }
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> requests.get() > 50);
            assertThat(firstGrayAt.get())
                    .as("no tester reaches gray before the policy says so")
                    .isZero();

            long version = FIXTURE.controlPlane.publish(Policies.EXAMPLE, Policies.LANES);
            await().atMost(Duration.ofSeconds(10)).until(() -> firstGrayAt.get() != 0);
            long answeredAt = FIXTURE.controlPlane.answeredAt(version);
            double latencyMs = (firstGrayAt.get() - answeredAt) / 1_000_000.0;
            log.info(
                    "policy swap latency: {} ms from the feed answering version {} to the first response colored by it"
                            + " (that request was sent {} ms after the answer)",
                    String.format("%.1f", latencyMs),
                    version,
                    String.format("%.1f", (firstGraySentAt.get() - answeredAt) / 1_000_000.0));
            assertThat(latencyMs).isLessThan(2_000);

            for (int swap = 0; swap < 10; swap++) {
                apply(swap % 2 == 0 ? Policies.NONE : Policies.EXAMPLE);
            }
            long before = requests.get();
            await().atMost(Duration.ofSeconds(10)).until(() -> requests.get() > before + 50);
        } finally {
            running.set(false);
            load.shutdown();
            assertThat(load.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(failures).isEmpty();
        log.info("{} requests during 12 policy swaps, none failed", requests.get());
    }

    @Test
    void emergencyStopSendsEveryoneToTheBaseline() {
        apply(Policies.EXAMPLE);
        assertThat(versionFor("/shop/items", "x-user-id", "1001")).isEqualTo("v2");

        apply(Policies.NONE);

        assertThat(versionFor("/shop/items", "x-user-id", "1001")).isEqualTo("v1");
        assertThat(versionFor("/shop/items", "x-user-id", "3337")).isEqualTo("v1");
        assertThat(versionFor("/shop/items", "x-app-version", "6.0.0")).isEqualTo("v1");
        assertThat(get("/shop/items", h -> h.set(HttpHeaders.COOKIE, "region=GD"))
                        .getResponseBody())
                .isEqualTo("v1");
    }

    @Test
    void aPolicyThatDoesNotCompileIsIgnoredAndThePreviousOneStays() {
        long good = apply(Policies.TESTERS_ONLY);

        long bad = FIXTURE.controlPlane.publish(
                "[{\"name\": \"broken\", \"lane\": \"gray\", \"when\": {\"header\": \"x-user-id\", \"near\": 3}}]",
                Policies.LANES);
        String badCursor = FIXTURE.controlPlane.cursorOf(bad);
        // The gateway moves past the bad answer (its next long poll continues after it) and keeps serving.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> FIXTURE.controlPlane.feedQueries().stream()
                        .anyMatch(query -> query.contains("after=" + badCursor)));

        assertThat(traffic.get().version()).isEqualTo(good);
        assertThat(versionFor("/shop/items", "x-user-id", "1001")).isEqualTo("v2");
    }

    @Test
    void theFeedIsCalledWithTheInternalTokenAndReportsTheAppliedVersion() {
        long version = apply(Policies.TESTERS_ONLY);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> FIXTURE.controlPlane.feedQueries().stream()
                        .anyMatch(query -> query.contains("applied=" + version)
                                && query.contains("replica=")
                                && query.contains("timeoutSeconds=30")));
        assertThat(FIXTURE.controlPlane.refusedCalls()).isEmpty();
    }
}
