package dev.aviary.meshagent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the packaged agent jar under a real {@code -javaagent} on every JDK this machine has. */
class AgentAttachIT {

    private static final Path AGENT = Paths.get("target", "aviary-mesh-agent.jar");

    static Stream<Path> javaHomes() {
        List<Path> homes = new ArrayList<>();
        homes.add(Paths.get(System.getProperty("java.home")));
        Path temurin25 = Paths.get("/usr/lib/jvm/temurin-25-jdk-amd64");
        if (Files.isDirectory(temurin25)) {
            homes.add(temurin25);
        }
        return homes.stream();
    }

    @ParameterizedTest
    @MethodSource("javaHomes")
    void attachesAndLetsTheApplicationRun(Path javaHome) throws Exception {
        String output = run(javaHome, "-Daviary.application=shop", "-Daviary.lane=gray", "-Daviary.version=v2");

        assertThat(output)
                .contains("[aviary-agent] attached to application=shop lane=gray version=v2")
                .contains("sample application ran");
    }

    @ParameterizedTest
    @MethodSource("javaHomes")
    void canBeSwitchedOffEntirely(Path javaHome) throws Exception {
        String output = run(javaHome, "-Daviary.agent.enabled=false");

        assertThat(output).contains("[aviary-agent] disabled").contains("sample application ran");
    }

    @Test
    void bytesOfByteBuddyAreRelocatedNotLeaked() throws IOException {
        try (JarFile jar = new JarFile(AGENT.toFile())) {
            assertThat(jar.stream().map(entry -> entry.getName()))
                    .noneMatch(name -> name.startsWith("net/bytebuddy/"))
                    .noneMatch(name -> name.startsWith("META-INF/versions/"))
                    .anyMatch(name -> name.startsWith("dev/aviary/meshagent/shaded/bytebuddy/"));
            assertThat(jar.getManifest().getMainAttributes().getValue("Premain-Class"))
                    .isEqualTo("dev.aviary.meshagent.bootstrap.AviaryAgent");
        }
    }

    private static String run(Path javaHome, String... properties) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin/java").toString());
        command.add("-javaagent:" + AGENT.toAbsolutePath());
        command.addAll(List.of(properties));
        command.add("-cp");
        command.add(Paths.get("target", "test-classes").toAbsolutePath().toString());
        command.add(SampleApplication.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the JVM exits").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
