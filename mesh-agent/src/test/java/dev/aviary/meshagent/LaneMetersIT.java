package dev.aviary.meshagent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.meshagent.meters.LaneMetersApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The agent's lane counters as Micrometer meters, micrometer-core 1.5.17 and 1.17.2 each on its own class path
 * ({@code target/it-libs}): a {@code SimpleMeterRegistry} added to {@code Metrics.globalRegistry} shows
 * {@code aviary.lane.requests} and {@code aviary.lane.selections} per lane, for lanes counted before
 * {@code Metrics} existed and for lanes that appeared after, with live values.
 */
class LaneMetersIT {

    static Stream<Arguments> versions() {
        return AgentJvm.javaHomes()
                .flatMap(home -> home.equals(Path.of(System.getProperty("java.home")))
                        ? Stream.of(Arguments.of(home, "micrometer-1.5"), Arguments.of(home, "micrometer-1.17"))
                        : Stream.of(Arguments.of(home, "micrometer-1.17")));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("versions")
    void theGlobalRegistryShowsEveryLanesCounts(Path javaHome, String library) throws Exception {
        List<String> meters = run(javaHome, library);

        assertThat(meters)
                .contains(
                        "meter aviary.lane.requests gray - 2",
                        "meter aviary.lane.requests baseline - 1",
                        "meter aviary.lane.requests feature-x - 2",
                        "meter aviary.lane.selections gray routed 1",
                        "meter aviary.lane.selections gray fallback 0",
                        "meter aviary.lane.selections gray refused 0",
                        "meter aviary.lane.selections feature-x fallback 1",
                        "meter aviary.lane.selections feature-x routed 0",
                        "meter aviary.lane.selections baseline routed 1",
                        "meter aviary.lane.selections strict-lane refused 1")
                .hasSize(4 * 4); // gray, baseline, feature-x, strict-lane: one request meter and three outcomes each
    }

    @Test
    void switchedOffNoLaneMeterIsRegistered() throws Exception {
        List<String> meters = run(
                Path.of(System.getProperty("java.home")),
                "micrometer-1.17",
                "-Daviary.agent.instrumentation.micrometer.enabled=false");

        assertThat(meters).isEmpty();
    }

    private static List<String> run(Path javaHome, String library, String... options) throws Exception {
        List<Path> classPath = new ArrayList<>(AgentJvm.library(library));
        classPath.addAll(AgentJvm.container("tomcat-11")); // only for the jakarta.servlet API
        String output = AgentJvm.run(javaHome, classPath, List.of(options), LaneMetersApplication.class.getName());
        assertThat(output).contains("meters application ran").doesNotContain("was not refused");
        return output.lines().filter(line -> line.startsWith("meter ")).toList();
    }
}
