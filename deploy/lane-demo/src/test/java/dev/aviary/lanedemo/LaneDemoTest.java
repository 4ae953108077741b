package dev.aviary.lanedemo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.alibaba.nacos.api.naming.NamingFactory;
import com.alibaba.nacos.api.naming.NamingService;
import com.alibaba.nacos.api.naming.pojo.Instance;
import dev.aviary.devregistry.DevRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Three demo services in this JVM, without the mesh agent, against the development registry. */
class LaneDemoTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<LaneDemo> started = new ArrayList<>();
    private DevRegistry registry;

    @BeforeEach
    void startRegistry() throws Exception {
        registry = TestRegistry.start();
    }

    @AfterEach
    void stopAll() {
        Collections.reverse(started);
        started.forEach(LaneDemo::close);
        registry.close();
    }

    @Test
    void answersWithEveryHopsServiceAndVersionThroughASyncAndAPooledAsyncCall() throws Exception {
        LaneDemo a = startChain();

        HttpResponse<String> response = get(a, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("text/plain;charset=UTF-8");
        assertThat(response.body()).isEqualTo("demo-a@v1[-] > demo-b@v2[-] > demo-c@v3[-]");
    }

    @Test
    void reportsTheLaneLabelItReceivedButDoesNotPassItOnWithoutTheAgent() throws Exception {
        LaneDemo a = startChain();

        HttpResponse<String> response = get(a, "gray");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("demo-a@v1[gray] > demo-b@v2[-] > demo-c@v3[-]");
    }

    @Test
    void answers502NamingTheFailedHopWhenTheLastServiceStops() throws Exception {
        LaneDemo a = startChain();
        LaneDemo c = started.get(0);
        assertThat(get(a, null).statusCode()).isEqualTo(200);

        c.close();

        // Until the registry's push reaches demo-b it may still try demo-c's old port: refused, also a 502.
        HttpResponse<String> response = get(a, null);
        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).startsWith("demo-a@v1[-] > demo-b@v2[-] > call to demo-c failed: ");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(get(a, null).body())
                        .startsWith("demo-a@v1[-] > demo-b@v2[-] > call to demo-c failed: IllegalStateException: ")
                        .contains("demo-c"));
    }

    @Test
    void aSyncHopWithNoInstanceOfTheNextServiceAnswers502() throws Exception {
        LaneDemo a = start("demo-a", "v1", "demo-nowhere", "sync");

        HttpResponse<String> response = get(a, "gray");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).isEqualTo("demo-a@v1[gray] > call to demo-nowhere failed: no healthy instance");
    }

    @Test
    void registersWithoutMetadataAndDeregistersOnClose() throws Exception {
        NamingService watcher = NamingFactory.createNamingService(registry.serverAddr());
        try {
            LaneDemo c = start("demo-c", "v3", "", "sync");

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                List<Instance> instances = watcher.getAllInstances("demo-c", false);
                assertThat(instances).singleElement().satisfies(instance -> {
                    assertThat(instance.getIp()).isEqualTo("127.0.0.1");
                    assertThat(instance.getPort()).isEqualTo(c.port());
                    assertThat(instance.getMetadata()).isEmpty();
                });
            });

            c.close();

            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() ->
                            assertThat(watcher.getAllInstances("demo-c", false)).isEmpty());
        } finally {
            watcher.shutDown();
        }
    }

    @Test
    void answersHealth() throws Exception {
        LaneDemo c = start("demo-c", "v3", "", "sync");

        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + c.port() + "/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("UP");
    }

    /** demo-a (sync) → demo-b (pool-async) → demo-c; returns demo-a. */
    private LaneDemo startChain() throws Exception {
        start("demo-c", "v3", "", "sync");
        start("demo-b", "v2", "demo-c", "pool-async");
        return start("demo-a", "v1", "demo-b", "sync");
    }

    private LaneDemo start(String service, String version, String calls, String callMode) throws Exception {
        LaneDemo demo = LaneDemo.start(Map.of(
                "demo.service", service,
                "demo.version", version,
                "demo.calls", calls,
                "demo.call-mode", callMode,
                "demo.registry", registry.serverAddr()));
        started.add(demo);
        return demo;
    }

    private HttpResponse<String> get(LaneDemo demo, String label) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + demo.port() + "/hop"))
                .timeout(Duration.ofSeconds(30));
        if (label != null) {
            request.header("x-aviary-lane", label);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
