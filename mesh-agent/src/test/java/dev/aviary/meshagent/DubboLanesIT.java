package dev.aviary.meshagent;

import static org.assertj.core.api.Assertions.assertThat;

import com.alibaba.nacos.api.NacosFactory;
import com.alibaba.nacos.api.naming.NamingService;
import com.alibaba.nacos.api.naming.pojo.Instance;
import dev.aviary.meshagent.dubbo.DubboLanesApplication;
import dev.aviary.meshagent.routing.DevRegistryProcess;
import dev.aviary.meshagent.routing.FakeLaneFeed;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Apache Dubbo 3.0 and 3.3 under the agent, against the development registry through Dubbo's nacos registry
 * (interface-level and application-level discovery). A gray provider ({@code aviary.lane=gray}, version
 * {@code v2}; its nacos-naming module switched off, so only the dubbo module can have published its lane)
 * exports {@code Greeter}; each consumer JVM is also the baseline provider ({@code v1}) of {@code Greeter} and
 * {@code Ledger}, and calls both through the registry in several lanes. Lane rules come from a fake feed:
 * {@code feature-s} is strict, {@code feature-l} is locked to {@code billing}. The first consumer starts with
 * the provider and waits (30 s at most) until it knows it. With 3.3, a consumer with the dubbo module off and
 * one on Temurin 25 (when it is installed) follow, together, each in a Dubbo group of its own.
 */
class DubboLanesIT {

    private static final String RULES = """
            [{"name": "gray", "strict": false, "lockedServices": []},
             {"name": "feature-s", "strict": true, "lockedServices": []},
             {"name": "feature-l", "strict": false, "lockedServices": ["billing"]}]""";

    private static final Path BUILD_JDK = AgentJvm.buildJdk();

    private static DevRegistryProcess registry;
    private static FakeLaneFeed feed;

    @TempDir
    static Path work;

    @BeforeAll
    static void startRegistryAndFeed() throws Exception {
        // Dubbo never registers a loopback address it finds itself; with every interface ignored and the host
        // name resolving to 127.0.0.1 it falls back to 127.0.0.1, so no traffic leaves the loopback.
        Files.writeString(
                work.resolve("hosts"),
                "127.0.0.1 " + InetAddress.getLocalHost().getHostName() + " localhost\n",
                StandardCharsets.UTF_8);
        registry = DevRegistryProcess.start();
        feed = new FakeLaneFeed(3, RULES);
    }

    @AfterAll
    static void stopRegistryAndFeed() throws Exception {
        if (feed != null) {
            feed.close();
        }
        if (registry != null) {
            registry.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dubbo-3.0", "dubbo-3.3"})
    void callsCarryTheLaneAndReachTheProvidersOfTheirLane(String library) throws Exception {
        boolean newest = library.equals("dubbo-3.3");
        String application = "lanes-" + library.replace(".", "");
        String group = application + "-g";
        List<Path> classPath = new ArrayList<>(AgentJvm.library(library));
        classPath.addAll(AgentJvm.library("dubbo-nacos"));
        Map<String, CompletableFuture<String>> consumers = new LinkedHashMap<>();
        List<String> groups = new ArrayList<>(List.of(group));
        if (newest) {
            groups.add(group + "-off");
        }
        Path temurin25 = AgentJvm.temurin25().orElse(null);
        if (newest && temurin25 != null) {
            groups.add(group + "-25");
        }
        Path providerLog = work.resolve(application + "-provider.log");
        Process provider = AgentJvm.start(
                BUILD_JDK,
                classPath,
                options(
                        application + "-provider",
                        "-Daviary.lane=gray",
                        "-Daviary.version=v2",
                        "-Daviary.agent.instrumentation.nacos-naming.enabled=false"),
                providerLog,
                DubboLanesApplication.class.getName(),
                "provider",
                registry.address(),
                application,
                String.join(",", groups),
                "v2");
        try {
            // The first consumer starts with the provider; the others (3.3 only) run together once it is done.
            assertRoutedByLane(output(consumer(BUILD_JDK, classPath, application, group, "consumer")), application);
            if (newest) {
                consumers.put(
                        group + "-off",
                        consumer(
                                BUILD_JDK,
                                classPath,
                                application,
                                group + "-off",
                                "consumer-off",
                                "-Daviary.agent.instrumentation.dubbo.enabled=false"));
                if (temurin25 != null) {
                    consumers.put(
                            group + "-25", consumer(temurin25, classPath, application, group + "-25", "consumer"));
                }
            }
            for (Map.Entry<String, CompletableFuture<String>> consumer : consumers.entrySet()) {
                String output = output(consumer.getValue());
                if (consumer.getKey().endsWith("-off")) {
                    assertNothingCarriedNorNarrowed(output);
                } else {
                    assertRoutedByLane(output, application);
                }
            }
            assertProviderPublishedItsLane(application, group);
        } catch (AssertionError | Exception failed) {
            System.out.println("the gray provider's output:\n" + Files.readString(providerLog, StandardCharsets.UTF_8));
            throw failed;
        } finally {
            provider.destroyForcibly();
            provider.waitFor();
        }
    }

    private static void assertRoutedByLane(String output, String application) {
        assertThat(output).contains("rules 3", "dubbo lanes application ran").doesNotContain("not found in time");
        for (String mode : List.of("interface", "application")) {
            assertThat(output)
                    .as("baseline work reaches the baseline provider only, and carries no lane")
                    .contains(mode + " greeter - -> [v1 lane=- attachment=-]")
                    .contains(mode + " ledger - -> [v1 lane=- attachment=-]")
                    .as("gray work reaches the gray provider only; the provider runs in the lane it was sent")
                    .contains(mode + " greeter gray -> [v2 lane=gray attachment=gray]")
                    .as("a CompletableFuture-returning method carries the caller's lane")
                    .contains(mode + " greeter-async gray -> [v2 lane=gray attachment=gray]")
                    .as("no gray provider of Ledger: the baseline's, which runs the call in gray")
                    .contains(mode + " ledger gray -> [v1 lane=gray attachment=gray]")
                    .contains(mode + " greeter feature-s -> refused: LaneRefusedException: lane 'feature-s' is strict "
                            + "and has no healthy instance of '" + application + "'")
                    .contains(mode + " greeter feature-l -> refused: LaneRefusedException: lane 'feature-l' is locked "
                            + "to [billing]; '" + application + "' is not one of them")
                    .as("the attachment the application set wins; routing still follows the current lane")
                    .contains(mode + " greeter gray+application-label -> [v2 lane=blue attachment=blue]")
                    .contains(mode + " greeter - after -> [v1 lane=- attachment=-]");
        }
    }

    private static void assertNothingCarriedNorNarrowed(String output) {
        assertThat(output).contains("rules 3", "dubbo lanes application ran").doesNotContain("not found in time");
        for (String mode : List.of("interface", "application")) {
            assertThat(output)
                    .as("round robin over both providers: nothing narrowed, no attachment; the gray provider runs "
                            + "unlabelled calls in its own lane")
                    .contains(mode + " greeter gray -> [v1 lane=- attachment=-, v2 lane=gray attachment=-]")
                    .contains(mode + " greeter-async gray -> [v1 lane=- attachment=-, v2 lane=gray attachment=-]")
                    .contains(mode + " greeter - -> [v1 lane=- attachment=-, v2 lane=gray attachment=-]")
                    .contains(mode + " ledger gray -> [v1 lane=- attachment=-]");
        }
    }

    /** What the gray provider's registrations carry in the registry (its nacos-naming module was off). */
    private static void assertProviderPublishedItsLane(String application, String group) throws Exception {
        NamingService naming = NacosFactory.createNamingService(registry.address());
        try {
            List<String> interfaceLevel = new ArrayList<>();
            for (Instance instance :
                    naming.getAllInstances("providers:dev.aviary.meshagent.dubbo.Greeter::" + group, false)) {
                interfaceLevel.add(lane(instance));
            }
            List<String> applicationLevel = new ArrayList<>();
            for (Instance instance : naming.getAllInstances(application, false)) {
                applicationLevel.add(lane(instance));
            }
            assertThat(interfaceLevel).as("interface-level").contains("lane=gray version=v2");
            assertThat(applicationLevel).as("application-level").contains("lane=gray version=v2");
        } finally {
            naming.shutDown();
        }
    }

    private static String lane(Instance instance) {
        return "lane=" + instance.getMetadata().get("aviary.lane") + " version="
                + instance.getMetadata().get("aviary.version");
    }

    private static CompletableFuture<String> consumer(
            Path javaHome, List<Path> classPath, String application, String group, String role, String... extra) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return AgentJvm.run(
                        javaHome,
                        classPath,
                        options(group, extra),
                        DubboLanesApplication.class.getName(),
                        role,
                        registry.address(),
                        application,
                        group,
                        "v1");
            } catch (Exception failed) {
                throw new CompletionException(failed);
            }
        });
    }

    private static String output(CompletableFuture<String> consumer) throws Exception {
        try {
            return consumer.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /** The options of one JVM, {@code name} telling it from the others (its home directory). */
    private static List<String> options(String name, String... extra) {
        List<String> options = new ArrayList<>(List.of(
                "-Daviary.version=v1",
                "-Daviary.control-plane.url=" + feed.url(),
                "-Daviary.agent.cache-dir=" + work.resolve("agent-cache"),
                "-Ddubbo.network.interface.ignored=.*",
                // Dubbo 3.3.6 on Java 25 fails at start looking for JSON libraries that are not there (its
                // ServiceLoader loop trips over them) unless it may stop at the one it prefers.
                "-Ddubbo.json-framework.prefer=fastjson2",
                "-Djdk.net.hosts.file=" + work.resolve("hosts"),
                // Dubbo's and nacos-client's caches and logs stay out of the home directory.
                "-Duser.home=" + work.resolve(name + "-home"),
                "-DJM.SNAPSHOT.PATH=" + work.resolve("nacos"),
                "-DJM.LOG.PATH=" + work.resolve("nacos-logs")));
        // A later -D wins: the provider's own version replaces v1.
        options.addAll(List.of(extra));
        return options;
    }
}
