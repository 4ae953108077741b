package dev.aviary.meshagent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the packaged agent jar under a real {@code -javaagent} on every JDK this machine has. */
class AgentAttachIT {

    @ParameterizedTest
    @MethodSource("dev.aviary.meshagent.AgentJvm#javaHomes")
    void attachesAndLetsTheApplicationRun(Path javaHome) throws Exception {
        String output = run(javaHome, "-Daviary.application=shop", "-Daviary.lane=gray", "-Daviary.version=v2");

        assertThat(output)
                .contains("[aviary-agent] attached to application=shop lane=gray version=v2")
                .contains("[aviary-agent] instrumentations: apache-httpclient-4, apache-httpclient-5, "
                        + "completable-future, dubbo, executors, grpc, http-url-connection, jdk-http-client, micrometer, "
                        + "nacos-naming, okhttp, reactor, reactor-netty, servlet-jakarta, servlet-javax, spring-async, "
                        + "spring-cloud-loadbalancer, spring-webflux"
                        + (javaHome.toString().contains("temurin-25") ? ", virtual-threads\n" : "\n"))
                .doesNotContain("sun.misc.Unsafe")
                .contains("sample application ran");
    }

    @ParameterizedTest
    @MethodSource("dev.aviary.meshagent.AgentJvm#javaHomes")
    void keepsEverythingButTheLaneContextOutOfTheApplicationsReach(Path javaHome) throws Exception {
        String output = run(javaHome);

        assertThat(output)
                .contains("agent internals visible to the application: none")
                .contains("lane context loaded by: bootstrap");
    }

    @ParameterizedTest
    @MethodSource("dev.aviary.meshagent.AgentJvm#javaHomes")
    void canBeSwitchedOffEntirely(Path javaHome) throws Exception {
        String output = run(javaHome, "-Daviary.agent.enabled=false");

        assertThat(output)
                .contains("[aviary-agent] disabled")
                .doesNotContain("[aviary-agent] instrumentations")
                // The JVM puts every -javaagent jar on the class path; switched off, nothing goes to the bootstrap.
                .doesNotContain("lane context loaded by: bootstrap")
                .contains("agent internals visible to the application: none")
                .contains("sample application ran");
    }

    /**
     * A JDK class whose initialiser loads a native library, first initialised by one of the agent's threads at an
     * unforeseeable moment, can deadlock with the application's {@code System.load} (mesh-agent/README.md,
     * "Start-up"): premain initialises the ones the agent uses, on the main thread, before the application runs.
     */
    @ParameterizedTest
    @MethodSource("dev.aviary.meshagent.AgentJvm#javaHomes")
    void initialisesTheFileChannelItsThreadsUseOnTheMainThreadBeforeTheApplicationRuns(Path javaHome) throws Exception {
        String withAgent = run(javaHome, "-Xlog:class+init=info");
        String withoutAgent = run(javaHome, "-Xlog:class+init=info", "-Daviary.agent.enabled=false");

        assertThat(fileChannelInitialisedBeforeMain(withAgent)).as(withAgent).isTrue();
        String line = withAgent
                .lines()
                .filter(logged -> logged.contains(FILE_CHANNEL_INITIALISED))
                .findFirst()
                .orElseThrow();
        if (line.contains(" by thread ")) { // Java 18+ names the thread
            assertThat(line).endsWith(" by thread \"main\"");
        }
        assertThat(fileChannelInitialisedBeforeMain(withoutAgent))
                .as("the JVM alone has not initialised it yet, so the check above means something")
                .isFalse();
    }

    private static final String FILE_CHANNEL_INITIALISED = "Initializing 'sun/nio/ch/FileChannelImpl'";

    private static boolean fileChannelInitialisedBeforeMain(String output) {
        int initialised = output.indexOf(FILE_CHANNEL_INITIALISED);
        int mainRuns = output.indexOf("agent internals visible to the application");
        assertThat(mainRuns).as(output).isNotNegative();
        return initialised >= 0 && initialised < mainRuns;
    }

    @Test
    void shipsOnlyTheBootstrapPackageAsClassesAndTheRestAsANestedJar() throws IOException {
        try (JarFile jar = new JarFile(AgentJvm.AGENT.toFile())) {
            assertThat(jar.stream().map(ZipEntry::getName).filter(name -> name.endsWith(".class")))
                    .isNotEmpty()
                    .allMatch(name -> name.startsWith("dev/aviary/meshagent/bootstrap/"));
            ZipEntry core = jar.getEntry("inst/aviary-agent-core.jar");
            assertThat(core).isNotNull();
            assertThat(core.getMethod())
                    .as("stored, so the agent reads it in place")
                    .isEqualTo(ZipEntry.STORED);
            assertThat(jar.getManifest().getMainAttributes().getValue("Premain-Class"))
                    .isEqualTo("dev.aviary.meshagent.bootstrap.AviaryAgent");
        }
        try (JarFile core =
                new JarFile(Path.of("target", "inst", "aviary-agent-core.jar").toFile())) {
            assertThat(core.stream().map(ZipEntry::getName))
                    .noneMatch(name -> name.startsWith("net/bytebuddy/"))
                    .noneMatch(name -> name.startsWith("META-INF/versions/"))
                    .noneMatch(name -> name.startsWith("dev/aviary/meshagent/bootstrap/"))
                    .anyMatch(name -> name.startsWith("dev/aviary/meshagent/shaded/bytebuddy/"))
                    .contains("META-INF/services/dev.aviary.meshagent.core.InstrumentationModule");
        }
        try (JarFile core = new JarFile(
                Path.of("target", "nested", "inst", "aviary-agent-core.jar").toFile())) {
            assertThat(core.stream().filter(entry -> entry.getName().endsWith(".class")))
                    .as("classes stored uncompressed, read with one read each")
                    .allMatch(entry -> entry.getMethod() == ZipEntry.STORED);
        }
    }

    /** Someone repacks the agent jar with everything compressed: the core is unpacked first, and all still works. */
    @Test
    void stillStartsFromAnAgentJarRepackedCompressed(@TempDir Path directory) throws Exception {
        Path repacked = directory.resolve("aviary-mesh-agent.jar");
        try (ZipFile original = new ZipFile(AgentJvm.AGENT.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(repacked))) {
            for (ZipEntry entry : Collections.list(original.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = original.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }

        String output = AgentJvm.runWithAgent(
                repacked,
                AgentJvm.buildJdk(),
                List.of(),
                List.of("-Daviary.application=shop"),
                SampleApplication.class.getName());

        assertThat(output)
                .contains("[aviary-agent] attached to application=shop")
                .contains("agent internals visible to the application: none")
                .contains("sample application ran")
                .doesNotContain("did not start");
    }

    private static String run(Path javaHome, String... properties) throws Exception {
        return AgentJvm.run(javaHome, List.of(), List.of(properties), SampleApplication.class.getName());
    }
}
