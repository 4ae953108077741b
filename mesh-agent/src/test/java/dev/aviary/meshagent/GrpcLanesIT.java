package dev.aviary.meshagent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.meshagent.grpc.GrpcLanesApplication;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * grpc-java under the agent, 1.30.2 (the oldest tested: grpc-api already split out, calls started before the
 * channel is ready still queued in the transport) and 1.85.1 (the newest: such calls are buffered in a
 * {@code DelayedClientCall}), each on its own class path ({@code target/it-libs}), over grpc-netty-shaded on
 * loopback (and the in-process transport), with a String marshaller instead of protoc. Clients in {@code gray}, {@code feature-x} and no lane
 * call a server that sees that lane in every callback of its handler and in the metadata, calls another
 * server from a thread pool in it, answers a server-streaming call in it and sees it in {@code onCancel}; the
 * lane is the one current when the call started, not that of the thread that sends it or of the thread that
 * made the channel ready; the application's own label wins; the server's threads keep their own lane
 * ({@code stale}) around each callback. See {@link GrpcLanesApplication}.
 */
class GrpcLanesIT {

    private static final String[] LANES = {"gray", "feature-x", "none"};

    static Stream<Arguments> versions() {
        Path build = Path.of(System.getProperty("java.home"));
        // The oldest version on the build's JDK, the newest on every JDK this machine has.
        return Stream.concat(
                Stream.of(Arguments.of(build, "grpc-1.30")),
                AgentJvm.javaHomes().map(home -> Arguments.of(home, "grpc-1.85")));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("versions")
    void callsCarryTheLaneTheyWereStartedInAndHandlersRunInIt(Path javaHome, String library) throws Exception {
        Map<String, String> seen = run(javaHome, library);

        for (String lane : LANES) {
            assertThat(seen).as(lane).containsEntry(lane + " probe", everyStep(lane, lane));
            assertThat(seen).as(lane).containsEntry(lane + " elsewhere", everyStep(lane, lane));
            assertThat(seen).as(lane).containsEntry(lane + " woken", everyStep(lane, lane));
            assertThat(seen).as(lane).containsEntry(lane + " in-process", everyStep(lane, lane));
            assertThat(seen).as(lane).containsEntry(lane + " relay", relayed(lane, lane, lane));
            assertThat(seen).as(lane).containsEntry(lane + " stream", lane + "," + lane + "," + lane);
            assertThat(seen).as(lane).containsEntry(lane + " cancel", "cancel=" + lane + ",ready=" + lane);
            assertThat(seen).as(lane).containsEntry(lane + " app-label", everyStep("blue", "blue"));
        }
        assertThat(seen).containsEntry("leaks", "0");
        // Inbound calls per lane: 8 of each lane's cases (the relay counts at both servers), 3 labelled blue.
        assertThat(counters(seen))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("gray", "8", "feature-x", "8", "baseline", "8", "blue", "3"));
    }

    /** A gray instance labels the unlabelled calls that enter it, and its calls onwards carry gray. */
    @Test
    void aGrayServerLabelsUnlabelledCallsAndPassesTheLaneOn() throws Exception {
        Map<String, String> seen = run(Path.of(System.getProperty("java.home")), "grpc-1.85", "-Daviary.lane=gray");

        assertThat(seen).containsEntry("gray probe", everyStep("gray", "gray"));
        assertThat(seen).containsEntry("feature-x probe", everyStep("feature-x", "feature-x"));
        assertThat(seen).containsEntry("feature-x relay", relayed("feature-x", "feature-x", "feature-x"));
        assertThat(seen).containsEntry("none probe", everyStep("gray", "none"));
        assertThat(seen).containsEntry("none woken", everyStep("gray", "none"));
        assertThat(seen).containsEntry("none in-process", everyStep("gray", "none"));
        assertThat(seen).containsEntry("none relay", relayed("gray", "gray", "gray"));
        assertThat(seen).containsEntry("none stream", "gray,gray,gray");
        assertThat(seen).containsEntry("none cancel", "cancel=gray,ready=gray");
        assertThat(seen).containsEntry("none app-label", everyStep("blue", "blue"));
        assertThat(seen).containsEntry("leaks", "0");
        assertThat(counters(seen))
                .containsExactlyInAnyOrderEntriesOf(Map.of("gray", "16", "feature-x", "8", "blue", "3"));
    }

    /** Switched off, no call carries a lane and the handlers keep whatever lane their thread had. */
    @Test
    void switchedOffNothingIsPropagated() throws Exception {
        Map<String, String> seen = run(
                Path.of(System.getProperty("java.home")),
                "grpc-1.85",
                "-Daviary.agent.instrumentation.grpc.enabled=false");

        for (String lane : LANES) {
            assertThat(seen).as(lane).containsEntry(lane + " probe", everyStep("stale", "none"));
            assertThat(seen).as(lane).containsEntry(lane + " woken", everyStep("stale", "none"));
            assertThat(seen).as(lane).containsEntry(lane + " in-process", everyStep("stale", "none"));
            assertThat(seen).as(lane).containsEntry(lane + " relay", relayed("stale", "none", "none"));
            assertThat(seen).as(lane).containsEntry(lane + " stream", "stale,stale,stale");
            assertThat(seen).as(lane).containsEntry(lane + " app-label", everyStep("stale", "blue"));
        }
        assertThat(counters(seen)).isEmpty();
    }

    /** What the raw handler reports: the lane of each of its steps, and the lane header it received. */
    private static String everyStep(String lane, String header) {
        return "start=" + lane + ",message=" + lane + ",halfClose=" + lane + ",header=" + header + ",complete=" + lane
                + ",ready=" + lane;
    }

    /** The upstream handler's lane, then what the downstream handler saw (it answers before it completes). */
    private static String relayed(String handler, String downstream, String header) {
        return "handler=" + handler + ",start=" + downstream + ",message=" + downstream + ",halfClose=" + downstream
                + ",header=" + header;
    }

    private static Map<String, String> counters(Map<String, String> seen) {
        Map<String, String> counters = new LinkedHashMap<>();
        seen.forEach((key, value) -> {
            if (key.startsWith("counter ")) {
                counters.put(key.substring("counter ".length()), value);
            }
        });
        return counters;
    }

    private static Map<String, String> run(Path javaHome, String library, String... options) throws Exception {
        String output = AgentJvm.run(
                javaHome, AgentJvm.library(library), List.of(options), GrpcLanesApplication.class.getName());
        assertThat(output).contains("grpc application ran");
        Map<String, String> seen = new LinkedHashMap<>();
        output.lines().forEach(line -> {
            String[] parts = line.split(" ");
            if (parts.length == 4 && parts[0].equals("result")) {
                seen.put(parts[1] + " " + parts[2], parts[3]);
            } else if (parts.length == 3 && parts[0].equals("counter")) {
                seen.put("counter " + parts[1], parts[2]);
            } else if (parts.length >= 2 && parts[0].equals("leaks")) {
                seen.put("leaks", parts[1]);
            }
        });
        return seen;
    }
}
