package dev.aviary.meshagent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.meshagent.brokenext.MissingAdviceInstrumentationModule;
import dev.aviary.meshagent.brokenext.MissingLibraryInstrumentationModule;
import dev.aviary.meshagent.lanes.LaneRelayApplication;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A request enters a servlet in embedded Tomcat, which calls a downstream service in each way the agent
 * covers; the downstream service reports the label it saw. Each case is a fresh JVM under the agent.
 */
class LanePropagationIT {

    private static final List<String> WAYS = List.of(
            "filter", "url", "pool", "scheduled", "async", "async-then", "async-common-pool", "parallel", "client");
    /** Enough ways to tell each module apart, for the cases about switches. */
    private static final String SOME_WAYS = "url,pool,scheduled,async,client";

    private static final List<String> HAND_OFFS =
            List.of("pool", "scheduled", "async", "async-then", "async-common-pool", "parallel");

    @ParameterizedTest
    @MethodSource("dev.aviary.meshagent.AgentJvm#javaHomes")
    void grayRequestOnABaselineInstanceCarriesItsLaneDownstreamOnEveryPath(Path javaHome) throws Exception {
        Map<String, String> seen = relay(javaHome, "jakarta");

        WAYS.forEach(way -> {
            assertThat(seen).as(way).containsEntry("labelled-gray " + way, "gray");
            assertThat(seen).as(way).containsEntry("labelled-feature-x " + way, "feature-x");
            assertThat(seen).as(way).containsEntry("unlabelled " + way, "none");
        });
        assertThat(seen).as("an explicit label is never overwritten").containsEntry("labelled-gray explicit", "blue");
        HAND_OFFS.forEach(way -> assertThat(seen)
                .as("work handed off after the requests ended sees no lane: " + way)
                .containsEntry("after-requests " + way, "none"));
    }

    @ParameterizedTest
    @MethodSource("dev.aviary.meshagent.AgentJvm#javaHomes")
    void aStartLikeThePreviousOneTakesTheChangedClassesFromTheCacheAndCarriesTheLaneAlike(Path javaHome)
            throws Exception {
        String cache = "-Daviary.agent.cache-dir=" + AgentJvm.newCacheDirectory();
        StringBuilder first = new StringBuilder();
        Map<String, String> cold = relay(javaHome, "jakarta", first, null, cache);
        StringBuilder second = new StringBuilder();
        Map<String, String> warm = relay(javaHome, "jakarta", second, null, cache);

        assertThat(first.toString()).contains("Byte Buddy ready in ");
        assertThat(second.toString())
                .as("every class came from the cache: Byte Buddy never started")
                .containsPattern("\\[aviary-agent\\] ready in \\d+ ms \\(\\d+ classes loaded before it "
                        + "retransformed, \\d+ from the class cache in .*; Byte Buddy starts when a class needs it\\)")
                .doesNotContain("Byte Buddy ready in ");
        assertThat(warm).isEqualTo(cold);
        WAYS.forEach(way -> {
            assertThat(warm).as(way).containsEntry("labelled-gray " + way, "gray");
            assertThat(warm).as(way).containsEntry("unlabelled " + way, "none");
        });
        HAND_OFFS.forEach(way -> assertThat(warm).as(way).containsEntry("after-requests " + way, "none"));
    }

    @ParameterizedTest
    @MethodSource("dev.aviary.meshagent.AgentJvm#javaHomes")
    void grayInstanceLabelsItsOwnUnlabelledEntryTrafficButAnInboundLaneWins(Path javaHome) throws Exception {
        Map<String, String> seen = relay(javaHome, "jakarta", "-Daviary.lane=gray");

        WAYS.forEach(way -> {
            assertThat(seen).as(way).containsEntry("unlabelled " + way, "gray");
            assertThat(seen).as(way).containsEntry("labelled-feature-x " + way, "feature-x");
        });
        HAND_OFFS.forEach(way -> assertThat(seen).as(way).containsEntry("after-requests " + way, "none"));
    }

    @ParameterizedTest
    @MethodSource("dev.aviary.meshagent.AgentJvm#javaHomes")
    void javaxServletOnTomcat9CarriesTheLane(Path javaHome) throws Exception {
        Map<String, String> seen = relay(javaHome, "javax");

        assertThat(seen)
                .containsEntry("labelled-gray url", "gray")
                .containsEntry("labelled-feature-x url", "feature-x")
                .containsEntry("unlabelled url", "none")
                .containsEntry("labelled-gray explicit", "blue");
    }

    @ParameterizedTest
    @MethodSource("dev.aviary.meshagent.AgentJvm#javaHomes")
    void switchedOffAgentLeavesEveryCallUnlabelled(Path javaHome) throws Exception {
        Map<String, String> seen =
                relay(javaHome, "jakarta", new StringBuilder(), SOME_WAYS, "-Daviary.agent.enabled=false");

        List.of(SOME_WAYS.split(","))
                .forEach(way -> assertThat(seen).as(way).containsEntry("labelled-gray " + way, "none"));
    }

    @ParameterizedTest
    @MethodSource("dev.aviary.meshagent.AgentJvm#javaHomes")
    void oneSwitchedOffOrBrokenModuleLeavesTheOthersWorking(Path javaHome) throws Exception {
        Path extension = brokenExtension();
        String cache = "-Daviary.agent.cache-dir=" + AgentJvm.newCacheDirectory();
        for (String start : List.of("first start", "second start, from the class cache")) {
            StringBuilder output = new StringBuilder();
            Map<String, String> seen = relay(
                    javaHome,
                    "jakarta",
                    output,
                    SOME_WAYS,
                    cache,
                    "-Daviary.agent.instrumentation.executors.enabled=false",
                    "-Daviary.agent.extensions=" + extension.toAbsolutePath());

            assertThat(output.toString())
                    .as(start)
                    .contains("[aviary-agent] instrumentation executors disabled by "
                            + "aviary.agent.instrumentation.executors.enabled=false")
                    .contains("[aviary-agent] instrumentation missing-library not applied to "
                            + "dev.aviary.meshagent.lanes.DownstreamServer: class com.example.missing.Library is "
                            + "missing; it runs unmodified")
                    .contains("[aviary-agent] instrumentation missing-advice failed on "
                            + "dev.aviary.meshagent.lanes.DownstreamServer")
                    .contains("lane relay application ran");
            assertThat(output.toString().lines().filter(line -> line.contains("instrumentation missing-")))
                    .as(start + ": one line per broken module")
                    .hasSize(2);
            assertThat(seen)
                    .as(start)
                    .containsEntry("labelled-gray url", "gray")
                    .containsEntry("labelled-gray client", "gray")
                    .containsEntry("labelled-gray pool", "none")
                    .containsEntry("labelled-gray scheduled", "none");
        }
    }

    private static Map<String, String> relay(Path javaHome, String flavour, String... options) throws Exception {
        return relay(javaHome, flavour, new StringBuilder(), null, options);
    }

    /** Runs the relay application and maps {@code "<case> <way>"} to the label downstream saw. */
    private static Map<String, String> relay(
            Path javaHome, String flavour, StringBuilder output, String ways, String... options) throws Exception {
        String tomcat = flavour.equals("javax") ? "tomcat-9" : "tomcat-11";
        output.append(AgentJvm.run(
                javaHome, AgentJvm.container(tomcat), List.of(options), LaneRelayApplication.class.getName(), flavour));
        Map<String, String> seen = new LinkedHashMap<>();
        output.toString().lines().filter(line -> line.startsWith("result ")).forEach(line -> {
            String[] parts = line.split(" ", 4);
            seen.put(parts[1] + " " + parts[2], parts.length > 3 ? parts[3] : "");
        });
        assertThat(output.toString()).contains("lane relay application ran");
        return seen;
    }

    /** An extension jar holding the two deliberately broken modules of {@code brokenext}. */
    private static Path brokenExtension() throws IOException {
        Path jar = Paths.get("target", "it-extensions", "broken-modules.jar");
        Files.createDirectories(jar.getParent());
        Path classes = AgentJvm.TEST_CLASSES.resolve("dev/aviary/meshagent/brokenext");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.list(classes)) {
            for (Path file : files.toList()) {
                out.putNextEntry(new JarEntry("dev/aviary/meshagent/brokenext/" + file.getFileName()));
                Files.copy(file, out);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/dev.aviary.meshagent.core.InstrumentationModule"));
            write(
                    out,
                    MissingLibraryInstrumentationModule.class.getName() + "\n"
                            + MissingAdviceInstrumentationModule.class.getName() + "\n");
            out.closeEntry();
        }
        return jar;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
