package dev.aviary.meshagent;

import static org.assertj.core.api.Assertions.assertThat;

import com.alibaba.nacos.api.NacosFactory;
import com.alibaba.nacos.api.naming.NamingService;
import com.alibaba.nacos.api.naming.pojo.Instance;
import dev.aviary.meshagent.routing.DevRegistryProcess;
import dev.aviary.meshagent.routing.FakeLaneFeed;
import dev.aviary.meshagent.routing.RoutingProbe;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lane routing through nacos-client's own selection methods, in an application under the agent, against
 * the development registry: registered instances of {@code orders} in the baseline, {@code gray} and
 * {@code feature-x}, and of {@code payments} in the baseline only; lane rules from a feed that makes
 * {@code gray} strict and locks {@code feature-x} to {@code orders}. Runs with nacos-client 2.5.1 and,
 * in a second failsafe execution, the newest 3.x.
 */
class LaneRoutingIT {

    private static final String RULES = """
            [{"name": "gray", "strict": true, "lockedServices": []},
             {"name": "feature-x", "strict": false, "lockedServices": ["orders"]}]""";

    private static DevRegistryProcess registry;
    private static NamingService others;

    @TempDir
    Path cache;

    @BeforeAll
    static void registerTheOtherServices() throws Exception {
        registry = DevRegistryProcess.start();
        others = NacosFactory.createNamingService(registry.address());
        // One client holds one instance per service unless it registers them as a batch.
        others.batchRegisterInstance(
                "orders",
                "DEFAULT_GROUP",
                List.of(instance("10.1.0.1", null), instance("10.1.0.2", "gray"), instance("10.1.0.3", "feature-x")));
        others.registerInstance("payments", instance("10.2.0.1", null));
    }

    @AfterAll
    static void stopRegistry() throws Exception {
        if (others != null) {
            others.shutDown();
        }
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void eachLaneIsRoutedToItsOwnInstancesFallsBackOrIsRefusedAsItsRulesSay() throws Exception {
        try (FakeLaneFeed feed = new FakeLaneFeed(3, RULES)) {
            String output = probe(
                    feed.url(),
                    "register",
                    "probe",
                    "10.9.0.1",
                    "9000",
                    "show",
                    "probe",
                    "wait-rules",
                    "3",
                    "list",
                    "-",
                    "orders",
                    "list",
                    "gray",
                    "orders",
                    "list",
                    "feature-x",
                    "orders",
                    "list",
                    "feature-y",
                    "orders",
                    "one",
                    "-",
                    "orders",
                    "30",
                    "one",
                    "gray",
                    "orders",
                    "30",
                    "one",
                    "feature-y",
                    "orders",
                    "30",
                    "list",
                    "gray",
                    "payments",
                    "one",
                    "gray",
                    "payments",
                    "1",
                    "list",
                    "feature-x",
                    "payments",
                    "list",
                    "feature-y",
                    "payments");

            assertThat(output)
                    .as("the instance registered without metadata; the agent added lane and version")
                    .contains("show probe -> [10.9.0.1:9000 lane=gray version=v2]")
                    .contains("rules 3")
                    .contains("list - orders -> [10.1.0.1:8080]")
                    .contains("list gray orders -> [10.1.0.2:8080]")
                    .contains("list feature-x orders -> [10.1.0.3:8080]")
                    .as("an undeclared lane without instances falls back to the baseline")
                    .contains("list feature-y orders -> [10.1.0.1:8080]")
                    .contains("one - orders -> [10.1.0.1:8080]")
                    .contains("one gray orders -> [10.1.0.2:8080]")
                    .contains("one feature-y orders -> [10.1.0.1:8080]")
                    .contains(
                            "list gray payments -> refused: lane 'gray' is strict and has no healthy instance of 'payments'")
                    .contains(
                            "one gray payments -> refused: lane 'gray' is strict and has no healthy instance of 'payments'")
                    .contains(
                            "list feature-x payments -> refused: lane 'feature-x' is locked to [orders]; 'payments' is not one of them")
                    .contains("list feature-y payments -> [10.2.0.1:8080]");
            assertThat(feed.authorizations()).contains("Bearer probe-token");
        }
    }

    @Test
    void rulesAreKeptOnDiskForAStartWithoutTheControlPlane() throws Exception {
        String controlPlane;
        try (FakeLaneFeed feed = new FakeLaneFeed(7, RULES)) {
            controlPlane = feed.url();
            assertThat(probe(controlPlane, "wait-rules", "7")).contains("rules 7");
        }

        String offline = probe(controlPlane, "wait-rules", "7", "list", "gray", "payments", "list", "gray", "orders");

        assertThat(offline)
                .contains("lane rules: revision 7 (2 lanes) from")
                .contains("rules 7")
                .contains("list gray payments -> refused: lane 'gray' is strict")
                .contains("list gray orders -> [10.1.0.2:8080]");
    }

    @Test
    void withoutRulesEveryLaneFallsBackAndNoneIsLocked() throws Exception {
        String output =
                probeWithout("list", "gray", "payments", "list", "feature-x", "payments", "list", "gray", "orders");

        assertThat(output)
                .contains("lane rules: no control plane")
                .contains("list gray payments -> [10.2.0.1:8080]")
                .contains("list feature-x payments -> [10.2.0.1:8080]")
                .contains("list gray orders -> [10.1.0.2:8080]");
    }

    private String probe(String controlPlane, String... commands) throws Exception {
        return run(
                List.of(
                        "-Daviary.control-plane.url=" + controlPlane,
                        "-Daviary.control-plane.token=probe-token",
                        "-Daviary.agent.cache-dir=" + cache),
                commands);
    }

    private String probeWithout(String... commands) throws Exception {
        return run(List.of(), commands);
    }

    private String run(List<String> controlPlaneOptions, String... commands) throws Exception {
        List<String> options = new ArrayList<>(controlPlaneOptions);
        options.addAll(List.of(
                "-Daviary.application=probe",
                "-Daviary.lane=gray",
                "-Daviary.version=v2",
                "-DJM.SNAPSHOT.PATH=" + cache.resolve("nacos"),
                "-DJM.LOG.PATH=" + cache.resolve("nacos-logs")));
        List<String> args = new ArrayList<>();
        args.add(registry.address());
        args.addAll(List.of(commands));
        return AgentJvm.run(
                Paths.get(System.getProperty("java.home")),
                applicationClassPath(),
                options,
                RoutingProbe.class.getName(),
                args.toArray(String[]::new));
    }

    /** This test's class path (nacos-client and its dependencies) without the agent's own classes. */
    private static List<Path> applicationClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path agentClasses = Paths.get("target", "classes").toAbsolutePath();
        List<Path> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Paths.get(entry).toAbsolutePath();
            if (!path.equals(agentClasses) && Files.exists(path)) {
                entries.add(path);
            }
        }
        return entries;
    }

    private static Instance instance(String ip, String lane) {
        Instance instance = new Instance();
        instance.setIp(ip);
        instance.setPort(8080);
        if (lane != null) {
            instance.setMetadata(
                    new java.util.HashMap<>(Map.of("aviary.lane", lane, "aviary.version", lane + "-build")));
        }
        return instance;
    }
}
