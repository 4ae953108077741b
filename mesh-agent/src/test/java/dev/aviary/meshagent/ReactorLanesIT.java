package dev.aviary.meshagent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.meshagent.reactor.ReactorLanesApplication;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reactor's schedulers under the agent, reactor-core 3.3.0 (the first with {@code Schedulers.onScheduleHook})
 * and the newest 3.8, each on its own class path ({@code target/it-libs}): work moved by {@code subscribeOn},
 * {@code publishOn} and {@code delayElement(s)} runs in the lane current at subscription, and work scheduled
 * with no lane sees none, on the same worker threads.
 */
class ReactorLanesIT {

    private static final List<String> WAYS = List.of(
            "subscribeOn-boundedElastic", "publishOn-parallel", "publishOn-single", "delayElement", "delayElements");

    static Stream<Arguments> versions() {
        return AgentJvm.javaHomes()
                .flatMap(home -> Stream.of(Arguments.of(home, "reactor-3.3"), Arguments.of(home, "reactor-3.8")));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("versions")
    void scheduledWorkRunsInTheLaneItWasScheduledInAndBaselineWorkInNone(Path javaHome, String library)
            throws Exception {
        Map<String, String> seen = run(javaHome, library);

        assertLanes(seen);
    }

    /** The hook alone carries the lane: with the JDK executors left uninstrumented, nothing changes. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"reactor-3.3", "reactor-3.8"})
    void theScheduleHookCarriesTheLaneWithoutTheExecutorsModule(String library) throws Exception {
        Map<String, String> seen = run(
                Path.of(System.getProperty("java.home")),
                library,
                "-Daviary.agent.instrumentation.executors.enabled=false");

        assertLanes(seen);
    }

    /** Without both modules the scheduled work sees no lane: the lanes above are theirs. */
    @Test
    void switchedOffTheScheduledWorkSeesNoLane() throws Exception {
        Map<String, String> seen = run(
                Path.of(System.getProperty("java.home")),
                "reactor-3.8",
                "-Daviary.agent.instrumentation.executors.enabled=false",
                "-Daviary.agent.instrumentation.reactor.enabled=false");

        assertThat(seen)
                .containsEntry("gray subscribeOn-boundedElastic", "none")
                .containsEntry("gray publishOn-parallel", "none")
                .containsEntry("gray delayElement", "none");
    }

    private static void assertLanes(Map<String, String> seen) {
        for (String way : WAYS) {
            boolean collected = way.equals("publishOn-single") || way.equals("delayElements");
            assertThat(seen).as(way).containsEntry("gray " + way, collected ? "[gray]" : "gray");
            assertThat(seen).as(way).containsEntry("feature-x " + way, collected ? "[feature-x]" : "feature-x");
            assertThat(seen).as(way + " without a lane").containsEntry("none " + way, collected ? "[none]" : "none");
        }
    }

    private static Map<String, String> run(Path javaHome, String library, String... options) throws Exception {
        String output = AgentJvm.run(
                javaHome, AgentJvm.library(library), List.of(options), ReactorLanesApplication.class.getName());
        assertThat(output).contains("reactor application ran");
        return AgentJvm.results(output);
    }
}
