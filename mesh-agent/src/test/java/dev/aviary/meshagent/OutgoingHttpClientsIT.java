package dev.aviary.meshagent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.meshagent.clients.ClientCallsApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Third-party HTTP clients under the agent, the oldest and newest tested version of each on its own class
 * path ({@code target/it-libs}) in a fresh JVM: a call made in a lane carries it to a loopback server, a call
 * without one carries nothing, the application's own label wins, a reused request object (or context) keeps
 * no earlier lane, and an async call carries the lane current when it was made, not the one its
 * dispatcher or I/O thread has (the test leaves a stale lane there on purpose).
 */
class OutgoingHttpClientsIT {

    private static final List<String> SYNC_WAYS = List.of("execute", "execute-reused");

    static Stream<Arguments> apacheHttpClient4() {
        return versions("apache-httpclient-4.3", "apache-httpclient-4.5");
    }

    static Stream<Arguments> apacheHttpClient5() {
        return versions("apache-httpclient-5.1", "apache-httpclient-5.6");
    }

    static Stream<Arguments> okHttp() {
        return versions("okhttp-3", "okhttp-4");
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("apacheHttpClient4")
    void apacheHttpClient4SendsTheLaneOfTheCallingThread(Path javaHome, String library) throws Exception {
        boolean withAsync = library.equals("apache-httpclient-4.5");
        Map<String, String> seen = run(
                javaHome,
                List.of(library),
                List.of(),
                withAsync
                        ? List.of("apache-httpclient-4", "apache-httpasyncclient-4")
                        : List.of("apache-httpclient-4"));

        assertLabels(seen, "apache-httpclient-4", SYNC_WAYS);
        if (withAsync) {
            assertLabels(seen, "apache-httpasyncclient-4", SYNC_WAYS);
            assertStaleWorkerLaneIgnored(seen, "apache-httpasyncclient-4", "execute");
        }
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("apacheHttpClient5")
    void apacheHttpClient5SendsTheLaneOfTheCallingThreadClassicAndAsync(Path javaHome, String library)
            throws Exception {
        Map<String, String> seen =
                run(javaHome, List.of(library), List.of(), List.of("apache-httpclient-5", "apache-httpclient-5-async"));

        assertLabels(seen, "apache-httpclient-5", SYNC_WAYS);
        assertLabels(seen, "apache-httpclient-5-async", SYNC_WAYS);
        assertStaleWorkerLaneIgnored(seen, "apache-httpclient-5-async", "execute");
        assertStaleWorkerLaneIgnored(seen, "apache-httpclient-5-async", "execute-reused");
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("okHttp")
    void okHttpSendsTheLaneCurrentWhenTheCallWasMadeExecutedOrEnqueued(Path javaHome, String library) throws Exception {
        Map<String, String> seen = run(javaHome, List.of(library), List.of(), List.of("okhttp"));

        assertLabels(seen, "okhttp", List.of("execute", "execute-reused", "enqueue"));
        assertStaleWorkerLaneIgnored(seen, "okhttp", "enqueue");
    }

    /** Without the client modules the same calls go out unlabelled: the labels above are theirs. */
    @Test
    void switchedOffClientModulesLeaveTheirCallsUnlabelled() throws Exception {
        Map<String, String> seen = run(
                Path.of(System.getProperty("java.home")),
                List.of("apache-httpclient-4.5", "apache-httpclient-5.6", "okhttp-4"),
                List.of(
                        "-Daviary.agent.instrumentation.apache-httpclient-4.enabled=false",
                        "-Daviary.agent.instrumentation.apache-httpclient-5.enabled=false",
                        "-Daviary.agent.instrumentation.okhttp.enabled=false"),
                List.of(
                        "apache-httpclient-4",
                        "apache-httpasyncclient-4",
                        "apache-httpclient-5",
                        "apache-httpclient-5-async",
                        "okhttp"));

        assertThat(seen)
                .containsEntry("apache-httpclient-4 gray execute", "none")
                .containsEntry("apache-httpasyncclient-4 gray execute", "none")
                .containsEntry("apache-httpclient-5 gray execute", "none")
                .containsEntry("apache-httpclient-5-async gray execute", "none")
                .containsEntry("okhttp gray execute", "none")
                .containsEntry("okhttp gray enqueue", "none")
                .containsEntry("okhttp explicit execute", "blue");
    }

    private static void assertLabels(Map<String, String> seen, String client, List<String> ways) {
        for (String way : ways) {
            String call = client + " " + way;
            // The cases run in this order, sharing connections and threads: gray, feature-x, none.
            assertThat(seen).as(call).containsEntry(client + " gray " + way, "gray");
            assertThat(seen).as(call).containsEntry(client + " feature-x " + way, "feature-x");
            assertThat(seen).as(call + " without a lane").containsEntry(client + " none " + way, "none");
            if (!way.endsWith("-reused")) {
                assertThat(seen)
                        .as(call + ": the application's own label is never overwritten")
                        .containsEntry(client + " explicit " + way, "blue");
            }
        }
    }

    /** The thread that completed the unlabelled async call had a stale lane, which did not go out. */
    private static void assertStaleWorkerLaneIgnored(Map<String, String> seen, String client, String way) {
        assertThat(seen)
                .as("the worker thread of " + client + " " + way + " still has the stale lane")
                .containsEntry("worker " + client + " none " + way, "stale");
        assertThat(seen).containsEntry(client + " none " + way, "none");
    }

    private static Stream<Arguments> versions(String oldest, String newest) {
        return AgentJvm.javaHomes().flatMap(home -> Stream.of(Arguments.of(home, oldest), Arguments.of(home, newest)));
    }

    /**
     * Runs {@link ClientCallsApplication} with the jars of {@code libraries} and maps {@code "<client> <case>
     * <way>"} to the label downstream saw, and {@code "worker <client> <case> <way>"} to the lane of the
     * thread that completed an async call.
     */
    private static Map<String, String> run(
            Path javaHome, List<String> libraries, List<String> options, List<String> clients) throws Exception {
        List<Path> classPath = new ArrayList<>();
        for (String library : libraries) {
            classPath.addAll(AgentJvm.library(library));
        }
        String output = AgentJvm.run(
                javaHome, classPath, options, ClientCallsApplication.class.getName(), clients.toArray(String[]::new));
        assertThat(output).contains("client calls application ran");
        Map<String, String> seen = new LinkedHashMap<>();
        output.lines().forEach(line -> {
            String[] parts = line.split(" ");
            if (parts.length == 5 && parts[0].equals("result")) {
                seen.put(parts[1] + " " + parts[2] + " " + parts[3], parts[4]);
            } else if (parts.length == 5 && parts[0].equals("worker")) {
                seen.put("worker " + parts[1] + " " + parts[2] + " " + parts[3], parts[4]);
            }
        });
        return seen;
    }
}
