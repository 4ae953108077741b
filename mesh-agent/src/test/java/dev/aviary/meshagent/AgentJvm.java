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
import java.util.stream.Stream;

/** Starts a small application in its own JVM under the packaged agent, on each JDK this machine has. */
final class AgentJvm {

    static final Path AGENT = Paths.get("target", "aviary-mesh-agent.jar");
    static final Path TEST_CLASSES = Paths.get("target", "test-classes");

    private AgentJvm() {}

    /** The build's JDK, and Temurin 25 when it is installed. */
    static Stream<Path> javaHomes() {
        List<Path> homes = new ArrayList<>();
        homes.add(Paths.get(System.getProperty("java.home")));
        Path temurin25 = Paths.get("/usr/lib/jvm/temurin-25-jdk-amd64");
        if (Files.isDirectory(temurin25)) {
            homes.add(temurin25);
        }
        return homes.stream();
    }

    /** The jars in {@code target/it-containers/<name>}, copied there by the build. */
    static List<Path> container(String name) throws IOException {
        return jarsIn(Paths.get("target", "it-containers", name));
    }

    /** The jars of one version of a client library in {@code target/it-libs/<name>}, copied there by the build. */
    static List<Path> library(String name) throws IOException {
        return jarsIn(Paths.get("target", "it-libs", name));
    }

    private static List<Path> jarsIn(Path directory) throws IOException {
        try (Stream<Path> jars = Files.list(directory)) {
            return jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** Runs {@code mainClass} to its end and returns what it printed (stdout and stderr). */
    static String run(Path javaHome, List<Path> classPath, List<String> jvmOptions, String mainClass, String... args)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin/java").toString());
        command.add("-javaagent:" + AGENT.toAbsolutePath());
        // Short-lived JVMs on a shared 2-core machine: C1 only and the serial collector keep them quick.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.addAll(jvmOptions);
        command.add("-cp");
        List<String> entries = new ArrayList<>();
        entries.add(TEST_CLASSES.toAbsolutePath().toString());
        classPath.forEach(entry -> entries.add(entry.toAbsolutePath().toString()));
        command.add(String.join(java.io.File.pathSeparator, entries));
        command.add(mainClass);
        command.addAll(List.of(args));
        Path log = Files.createTempFile("agent-jvm", ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            boolean exited = process.waitFor(90, TimeUnit.SECONDS);
            if (!exited) {
                process.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(exited).as("the JVM exits\n" + output).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            return output;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
