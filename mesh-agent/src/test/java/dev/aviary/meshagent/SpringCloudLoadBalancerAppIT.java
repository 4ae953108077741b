package dev.aviary.meshagent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.aviary.meshagent.bootapps.BootAppProcess;
import dev.aviary.meshagent.lanes.DownstreamServer;
import dev.aviary.meshagent.routing.FakeLaneFeed;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lane routing through Spring Cloud LoadBalancer in a real Spring Boot 4 application ({@code
 * src/it/boot-apps/boot-4.0-loadbalancer}): {@code @LoadBalanced} RestClient (on Reactor Netty), RestTemplate
 * (on {@code HttpURLConnection}), WebClient and OpenFeign clients, Boot's default balancer set-up (round robin behind the caching
 * instance list supplier), instances from the simple discovery client, lane rules from a control plane. Service
 * {@code orders} has a baseline and a {@code gray} instance, {@code ledger} a baseline one only; {@code gray} is
 * strict, {@code feature-x} locked to {@code orders}.
 */
class SpringCloudLoadBalancerAppIT {

    private static final String RULES = """
            [{"name": "gray", "strict": true, "lockedServices": []},
             {"name": "feature-x", "strict": false, "lockedServices": ["orders"]}]""";
    private static final List<String> CLIENTS = List.of("rest-client", "rest-template", "web-client", "feign");
    private static final String INSTANCES = "spring.cloud.discovery.client.simple.instances.";

    private static final List<DownstreamServer> DOWNSTREAM = new ArrayList<>();
    private static FakeLaneFeed feed;
    private static BootAppProcess app;

    @BeforeAll
    static void startTheApplication() throws Exception {
        Path jdk = AgentJvm.extraJdk().orElse(AgentJvm.buildJdk());
        assumeTrue(AgentJvm.javaVersion(jdk) >= 17, "Spring Boot 4 needs Java 17+");
        Path jar = Paths.get("target", "it-apps", "boot-4.0-loadbalancer.jar");
        assertThat(jar)
                .as("built by maven-invoker-plugin from src/it/boot-apps")
                .exists();
        feed = new FakeLaneFeed(1, RULES);
        List<String> options = new ArrayList<>();
        options.add("-Daviary.agent.cache-dir=" + AgentJvm.newCacheDirectory());
        options.add("-Daviary.application=storefront");
        options.add("-Daviary.control-plane.url=" + feed.url());
        options.addAll(instance("orders", 0, "orders-baseline", null));
        options.addAll(instance("orders", 1, "orders-gray", "gray"));
        options.addAll(instance("ledger", 0, "ledger-baseline", null));
        app = BootAppProcess.start("boot-4.0-loadbalancer", jdk, AgentJvm.AGENT, jar, options, "unused");
        app.awaitReady();
        app.awaitLine("[aviary-agent] lane rules: revision 1 (2 lanes)");
    }

    /** A downstream server for {@code service} and the system properties that make it the discovery's i-th instance. */
    private static List<String> instance(String service, int index, String id, String lane) throws Exception {
        DownstreamServer server = DownstreamServer.start(id);
        DOWNSTREAM.add(server);
        String prefix = "-D" + INSTANCES + service + "[" + index + "].";
        List<String> properties = new ArrayList<>();
        properties.add(prefix + "uri=" + server.url().replaceAll("/$", ""));
        properties.add(prefix + "instance-id=" + id);
        if (lane != null) {
            properties.add(prefix + "metadata[aviary.lane]=" + lane);
        }
        return properties;
    }

    @AfterAll
    static void stopEverything() {
        if (app != null) {
            app.stop(Paths.get("target", "it-apps", "logs"));
        }
        if (feed != null) {
            feed.close();
        }
        DOWNSTREAM.forEach(DownstreamServer::stop);
    }

    @Test
    void unlabelledRequestsOnlyEverReachTheBaselineAndCarryNoLabel() throws Exception {
        assertThat(balanced("orders", null)).isEqualTo(everyClient("orders-baseline:none"));
        assertThat(balanced("ledger", null)).isEqualTo(everyClient("ledger-baseline:none"));
        assertThat(app.output().lines().filter(line -> line.startsWith("[aviary-agent]")))
                .as("no instrumentation failed or was left out")
                .noneMatch(line -> line.contains(" failed on ")
                        || line.contains(" not applied to ")
                        || line.contains("did not start"));
    }

    @Test
    void aLaneReachesItsOwnInstanceAndAStrictLaneWithoutOneIsRefused() throws Exception {
        assertThat(balanced("orders", "gray")).isEqualTo(everyClient("orders-gray:gray"));
        assertThat(balanced("ledger", "gray"))
                .isEqualTo(everyClient(
                        "refused: LaneRefusedException: lane 'gray' is strict and has no healthy instance of 'ledger'"
                                + " (aviary mesh-agent; the baseline is not used for strict lanes)"));
        assertThat(balanced("orders", null))
                .as("the refused calls left nothing behind")
                .isEqualTo(everyClient("orders-baseline:none"));
    }

    @Test
    void aLaneWithoutInstancesFallsBackToTheBaselineUnlessItIsLockedOut() throws Exception {
        assertThat(balanced("orders", "feature-x")).isEqualTo(everyClient("orders-baseline:feature-x"));
        assertThat(balanced("ledger", "feature-x"))
                .isEqualTo(everyClient(
                        "refused: LaneRefusedException: lane 'feature-x' is locked to [orders]; 'ledger' is not one of them"
                                + " (aviary mesh-agent)"));
        assertThat(balanced("ledger", "feature-y"))
                .as("a lane the rules do not declare falls back")
                .isEqualTo(everyClient("ledger-baseline:feature-y"));
    }

    /** Twelve calls per client (round robin would alternate between the two instances of {@code orders}). */
    private static Map<String, String> balanced(String service, String lane) throws Exception {
        return app.get("/balanced?service=" + service + "&calls=12", lane);
    }

    private static Map<String, String> everyClient(String reached) {
        Map<String, String> expected = new LinkedHashMap<>();
        CLIENTS.forEach(client -> expected.put(client, reached));
        return expected;
    }
}
