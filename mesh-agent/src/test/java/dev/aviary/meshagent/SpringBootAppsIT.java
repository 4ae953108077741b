package dev.aviary.meshagent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.meshagent.bootapps.BootAppProcess;
import dev.aviary.meshagent.lanes.DownstreamServer;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real Spring Boot applications, each an executable fat jar made by spring-boot-maven-plugin
 * ({@code src/it/boot-apps}, built into {@code target/it-apps} by maven-invoker-plugin), run as
 * {@code java -javaagent:aviary-mesh-agent.jar -jar app.jar}: Boot 2.7 ({@code javax.servlet}) on Tomcat, Jetty
 * and Undertow, Boot 3.5 on Undertow (Boot 4 has none) and Boot 4.0 ({@code jakarta.servlet}) on Tomcat and
 * Jetty. Each relays {@code GET /relay} to a loopback server on the request thread, through an {@code @Async}
 * method and through a {@code ThreadPoolTaskExecutor}, and answers what that server saw. Every JVM is started
 * at once before the first test, so that their start-ups overlap.
 */
class SpringBootAppsIT {

    private static final Path APPS = Paths.get("target", "it-apps");
    private static final List<String> PATHS = List.of("direct", "async", "executor");

    private static final Map<App, BootAppProcess> RUNNING = new LinkedHashMap<>();
    private static DownstreamServer downstream;

    /**
     * One application JVM: its jar, the JDK it runs on and its own lane ({@code null}: baseline), and the
     * instrumentations its requests go through.
     */
    record App(String jar, Path javaHome, String ownLane, String servletModule, String clientModule) {

        @Override
        public String toString() {
            return jar + " on Java " + AgentJvm.javaVersion(javaHome) + (ownLane == null ? "" : ", lane " + ownLane);
        }
    }

    /**
     * Every application on the build's JDK, and the Boot 4 Tomcat one again on Temurin 25 as a gray instance.
     * With an {@linkplain AgentJvm#extraJdk() extra JDK} (CI's Java 8 and 11 job) only the applications that
     * run on its version, on it.
     */
    static List<App> apps() {
        Path jdk = AgentJvm.extraJdk().orElse(AgentJvm.buildJdk());
        List<App> apps = new ArrayList<>();
        apps.add(new App("boot-2.7-tomcat", jdk, null, "servlet-javax", "http-url-connection"));
        apps.add(new App("boot-2.7-jetty", jdk, null, "servlet-javax", "http-url-connection"));
        apps.add(new App("boot-2.7-undertow", jdk, null, "servlet-javax", "http-url-connection"));
        apps.add(new App("boot-2.7-undertow", jdk, "gray", "servlet-javax", "http-url-connection"));
        if (AgentJvm.javaVersion(jdk) >= 17) {
            apps.add(new App("boot-3.5-undertow", jdk, null, "servlet-jakarta", "jdk-http-client"));
            apps.add(new App("boot-4.0-tomcat", jdk, null, "servlet-jakarta", "jdk-http-client"));
            apps.add(new App("boot-4.0-jetty", jdk, null, "servlet-jakarta", "jdk-http-client"));
            Path newest =
                    AgentJvm.extraJdk().isPresent() ? jdk : AgentJvm.temurin25().orElse(jdk);
            apps.add(new App("boot-4.0-tomcat", newest, "gray", "servlet-jakarta", "jdk-http-client"));
        }
        return apps;
    }

    static Stream<App> baselineInstances() {
        return apps().stream().filter(app -> app.ownLane() == null);
    }

    static Stream<App> grayInstances() {
        return apps().stream().filter(app -> app.ownLane() != null);
    }

    @BeforeAll
    static void startEveryApplicationAtOnce() throws IOException {
        downstream = DownstreamServer.start();
        for (App app : apps()) {
            Path jar = APPS.resolve(app.jar() + ".jar");
            assertThat(jar)
                    .as("built by maven-invoker-plugin from src/it/boot-apps")
                    .exists();
            List<String> options = new ArrayList<>();
            options.add("-Daviary.agent.cache-dir=" + AgentJvm.newCacheDirectory());
            if (app.ownLane() != null) {
                options.add("-Daviary.lane=" + app.ownLane());
            }
            RUNNING.put(
                    app,
                    BootAppProcess.start(
                            app.toString().replace(' ', '-').replace(",", ""),
                            app.javaHome(),
                            AgentJvm.AGENT,
                            jar,
                            options,
                            downstream.url()));
        }
    }

    @AfterAll
    static void stopThem() {
        RUNNING.values().forEach(app -> app.stop(APPS.resolve("logs")));
        RUNNING.clear();
        if (downstream != null) {
            downstream.stop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("baselineInstances")
    void baselineInstanceCarriesTheRequestsLaneOnEveryPathAndNothingForUnlabelledRequests(App app) throws Exception {
        BootAppProcess running = RUNNING.get(app).awaitReady();

        assertThat(running.relay("gray")).as(running.output()).isEqualTo(onEveryPath("gray"));
        assertThat(running.relay("feature-x")).as(running.output()).isEqualTo(onEveryPath("feature-x"));
        // After the labelled requests, on the same one-thread pools: nothing of theirs is left behind.
        assertThat(running.relay(null)).as(running.output()).isEqualTo(onEveryPath("none"));
        assertThat(running.relay("Not_A_Lane"))
                .as("a malformed label counts as none")
                .isEqualTo(onEveryPath("none"));
        assertAgentRanInsideTheFatJar(app, running);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grayInstances")
    void grayInstanceLabelsUnlabelledRequestsButAnInboundLaneWins(App app) throws Exception {
        BootAppProcess running = RUNNING.get(app).awaitReady();

        assertThat(running.relay(null)).as(running.output()).isEqualTo(onEveryPath("gray"));
        assertThat(running.relay("feature-x")).as(running.output()).isEqualTo(onEveryPath("feature-x"));
        assertThat(running.relay(null)).as(running.output()).isEqualTo(onEveryPath("gray"));
        assertAgentRanInsideTheFatJar(app, running);
    }

    /**
     * The second start of an application takes the classes the agent changed from its class cache, through Boot's
     * own class loader (which reads the nested jars), and never starts Byte Buddy: the lane still goes every path.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("restartedInstances")
    void aRestartedApplicationTakesItsChangedClassesFromTheCacheAndCarriesTheLaneAlike(App app) throws Exception {
        Path jar = APPS.resolve(app.jar() + ".jar");
        List<String> options = List.of("-Daviary.agent.cache-dir=" + AgentJvm.newCacheDirectory());
        for (String start : List.of("first", "second")) {
            BootAppProcess running = BootAppProcess.start(
                    app.toString().replace(' ', '-') + "-" + start + "-start",
                    app.javaHome(),
                    AgentJvm.AGENT,
                    jar,
                    options,
                    downstream.url());
            try {
                running.awaitReady();
                assertThat(running.relay("gray")).as(running.output()).isEqualTo(onEveryPath("gray"));
                assertThat(running.relay(null)).as(running.output()).isEqualTo(onEveryPath("none"));
                assertAgentRanInsideTheFatJar(app, running);
                if (start.equals("second")) {
                    assertThat(running.output())
                            .contains("from the class cache in ")
                            .doesNotContain("Byte Buddy ready in ");
                }
            } finally {
                running.stop(APPS.resolve("logs"));
            }
        }
    }

    /** Boot 2.7's and Boot 4's launchers, whose class loaders read nested jars each their own way. */
    static Stream<App> restartedInstances() {
        return baselineInstances().filter(app -> app.jar().endsWith("-tomcat"));
    }

    private static void assertAgentRanInsideTheFatJar(App app, BootAppProcess running) {
        String output = running.output();
        assertThat(output.lines().filter(line -> line.startsWith("[aviary-agent] instrumentations: ")))
                .singleElement()
                .asString()
                .contains(app.servletModule(), "executors", app.clientModule());
        // Boot's own launcher loaded the application from the nested jars (2.7: LaunchedURLClassLoader,
        // 3.2+: launch.LaunchedClassLoader), the agent's advice inlined into classes it defined.
        assertThat(output)
                .contains("relay application ready on port ")
                .contains("class loader org.springframework.boot.loader.");
        assertThat(output.lines().filter(line -> line.startsWith("[aviary-agent]")))
                .as("no instrumentation failed or was left out")
                .noneMatch(line -> line.contains(" failed on ")
                        || line.contains(" not applied to ")
                        || line.contains("did not start"));
        if (app.ownLane() != null) {
            assertThat(output).contains("[aviary-agent] attached to application=(unnamed) lane=" + app.ownLane());
        }
    }

    private static Map<String, String> onEveryPath(String label) {
        Map<String, String> seen = new LinkedHashMap<>();
        PATHS.forEach(path -> seen.put(path, label));
        return seen;
    }
}
