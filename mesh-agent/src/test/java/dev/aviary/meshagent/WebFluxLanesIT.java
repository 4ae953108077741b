package dev.aviary.meshagent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.meshagent.webflux.WebFluxLanesApplication;
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
 * Spring WebFlux on Reactor Netty under the agent: Spring 5.3.39 with Reactor Netty 1.0.48 (the oldest supported)
 * on the build's JDK, and Spring 7.0.10 with Reactor Netty 1.3.7 (the newest) on it and on Temurin 25, each on
 * its own class path ({@code target/it-libs}). A request's lane reaches the downstream on every path of the
 * handler (WebClient after {@code publishOn}/{@code delayElement}, WebClient subscribed on the event loop that
 * delivered a response, {@code HttpURLConnection} on {@code boundedElastic}); 200 concurrent requests in mixed
 * lanes never cross; Reactor Netty's event loops keep no lane afterwards.
 */
class WebFluxLanesIT {

    private static final String OWN_LABEL_WINS = "explicit=explicit";

    static Stream<Arguments> versions() {
        Path build = Path.of(System.getProperty("java.home"));
        Stream<Arguments> latest = AgentJvm.javaHomes().map(home -> Arguments.of(home, "webflux-7.0"));
        return Stream.concat(Stream.of(Arguments.of(build, "webflux-5.3")), latest);
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("versions")
    void everyPathOfAHandlerCallsDownstreamInTheRequestsLane(Path javaHome, String library) throws Exception {
        String output = run(javaHome, library);
        Map<String, String> results = results(output);

        assertThat(results.get("gray")).isEqualTo(answer("gray"));
        assertThat(results.get("feature-x")).isEqualTo(answer("feature-x"));
        assertThat(results.get("none")).as("unlabelled on a baseline instance").isEqualTo(answer("none"));
        assertThat(results.get("Gray!")).as("malformed label").isEqualTo(answer("none"));
        assertThat(output).as("200 requests in mixed lanes, 16 in flight").contains("mixed 200 0 in");
        assertThat(output).as("the event loops afterwards").containsPattern("event-loops \\d+ \\[none\\]\n");
        // Counted once per request (two rounds of the cases, then 67 + 67 + 66 of the mixed ones).
        assertThat(output).contains("counted-in gray=69 feature-x=69 baseline=70\n");
    }

    /**
     * Without the Reactor Netty module the WebClient paths and the lane after a response are lost, the rest keep
     * it. The same JVM runs as a gray instance: unlabelled and malformed requests take its lane.
     */
    @Test
    void withoutTheReactorNettyModuleOnlyTheEventLoopPathsLoseTheLaneAndAGrayInstanceLabelsUnlabelledRequests()
            throws Exception {
        Map<String, String> results = results(run(
                Path.of(System.getProperty("java.home")),
                "webflux-7.0",
                "sequential",
                "-Daviary.lane=gray",
                "-Daviary.agent.instrumentation.reactor-netty.enabled=false"));

        for (String request : List.of("feature-x", "none", "Gray!")) {
            String lane = request.equals("feature-x") ? "feature-x" : "gray";
            // (The body may be in before the handler subscribes to it, and then arrives in the handler's lane.)
            assertThat(results.get(request))
                    .as(request)
                    .startsWith("sync=" + lane + " body=")
                    .endsWith(" webclient=none after=none chained=none blocking=" + lane + " " + OWN_LABEL_WINS);
        }
    }

    @Test
    void switchedOffNothingIsPropagated() throws Exception {
        Map<String, String> results = results(run(
                Path.of(System.getProperty("java.home")),
                "webflux-7.0",
                "sequential",
                "-Daviary.agent.instrumentation.spring-webflux.enabled=false",
                "-Daviary.agent.instrumentation.reactor-netty.enabled=false"));

        assertThat(results.get("gray")).isEqualTo(answer("none"));
        assertThat(results.get("feature-x")).isEqualTo(answer("none"));
    }

    private static String answer(String lane) {
        return "sync=" + lane + " body=" + lane + " webclient=" + lane + " after=" + lane + " chained=" + lane
                + " blocking=" + lane + " " + OWN_LABEL_WINS;
    }

    private static String run(Path javaHome, String library, String... argsAndOptions) throws Exception {
        List<String> options =
                Stream.of(argsAndOptions).filter(a -> a.startsWith("-")).toList();
        String[] args =
                Stream.of(argsAndOptions).filter(a -> !a.startsWith("-")).toArray(String[]::new);
        String output = AgentJvm.run(
                javaHome, AgentJvm.library(library), options, WebFluxLanesApplication.class.getName(), args);
        assertThat(output).contains("webflux application ran");
        return output;
    }

    private static Map<String, String> results(String output) {
        Map<String, String> results = new LinkedHashMap<>();
        output.lines().filter(line -> line.startsWith("result ")).forEach(line -> {
            String[] parts = line.split(" ", 3);
            results.put(parts[1], parts[2]);
        });
        return results;
    }
}
