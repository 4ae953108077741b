package dev.aviary.meshagent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Starts a small application in its own JVM under the packaged agent, on each JDK this machine has. */
final class AgentJvm {

    static final Path AGENT = Paths.get("target", "aviary-mesh-agent.jar");
    static final Path TEST_CLASSES = Paths.get("target", "test-classes");

    private AgentJvm() {}

    /**
     * The build's JDK, Temurin 25 when it is installed, and the {@linkplain #extraJdk() extra JDK} when it is
     * Java 17 or newer (the test classes, which these applications run from, are Java 17 bytecode).
     */
    static Stream<Path> javaHomes() {
        List<Path> homes = new ArrayList<>();
        homes.add(buildJdk());
        temurin25().ifPresent(homes::add);
        extraJdk().filter(home -> javaVersion(home) >= 17).ifPresent(homes::add);
        return homes.stream();
    }

    /** The JDK the build (and this test JVM) runs on. */
    static Path buildJdk() {
        return Paths.get(System.getProperty("java.home"));
    }

    /** Temurin 25, where it is installed (this machine, not every CI runner). */
    static Optional<Path> temurin25() {
        Path temurin25 = Paths.get("/usr/lib/jvm/temurin-25-jdk-amd64");
        return Files.isDirectory(temurin25) ? Optional.of(temurin25) : Optional.empty();
    }

    /**
     * A further JDK home to run the applications on, named by the system property {@code aviary.it.extra-jdk}
     * or the environment variable {@code AVIARY_IT_EXTRA_JDK} (CI's Java 8 and 11 job,
     * {@code .github/workflows/mesh-agent-jdks.yml}). Each IT runs on it only the applications that can run
     * on its version.
     */
    static Optional<Path> extraJdk() {
        String home = System.getProperty("aviary.it.extra-jdk", System.getenv("AVIARY_IT_EXTRA_JDK"));
        if (home == null || home.isBlank()) {
            return Optional.empty();
        }
        Path path = Paths.get(home);
        if (!Files.isExecutable(path.resolve("bin/java"))) {
            throw new IllegalArgumentException("aviary.it.extra-jdk is not a JDK home: " + home);
        }
        return Optional.of(path);
    }

    /** The feature version of the JDK at {@code home} (8 for 1.8), from its {@code release} file. */
    static int javaVersion(Path home) {
        try {
            Matcher version = Pattern.compile("^JAVA_VERSION=\"(?:1\\.)?(\\d+)", Pattern.MULTILINE)
                    .matcher(Files.readString(home.resolve("release"), StandardCharsets.ISO_8859_1));
            if (version.find()) {
                return Integer.parseInt(version.group(1));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        throw new IllegalArgumentException("no JAVA_VERSION in " + home.resolve("release"));
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

    /**
     * The {@code result <case> <way> <lane seen>} lines the test applications print, as {@code "<case> <way>"} →
     * lane seen, in their order.
     */
    static Map<String, String> results(String output) {
        Map<String, String> seen = new LinkedHashMap<>();
        output.lines().forEach(line -> {
            String[] parts = line.split(" ");
            if (parts.length == 4 && parts[0].equals("result")) {
                seen.put(parts[1] + " " + parts[2], parts[3]);
            }
        });
        return seen;
    }

    /** Runs {@code mainClass} to its end and returns what it printed (stdout and stderr). */
    static String run(Path javaHome, List<Path> classPath, List<String> jvmOptions, String mainClass, String... args)
            throws Exception {
        return runWithAgent(AGENT, javaHome, classPath, jvmOptions, mainClass, args);
    }

    /** As {@link #run}, with another agent jar than the one the build packaged. */
    static String runWithAgent(
            Path agentJar,
            Path javaHome,
            List<Path> classPath,
            List<String> jvmOptions,
            String mainClass,
            String... args)
            throws Exception {
        List<String> command = command(agentJar, javaHome, classPath, jvmOptions, mainClass, args);
        Path log = Files.createTempFile("agent-jvm", ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            boolean exited = process.waitFor(90, TimeUnit.SECONDS);
            if (!exited) {
                printThreadDump(process, log);
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

    /**
     * A hung JVM's threads, into its own output (SIGQUIT), so the failure shows where it waits: returns once the
     * dump is in {@code log}, or after 10 s.
     */
    private static void printThreadDump(Process process, Path log) throws Exception {
        new ProcessBuilder("kill", "-QUIT", String.valueOf(process.pid()))
                .inheritIO()
                .start()
                .waitFor(10, TimeUnit.SECONDS);
        // "JNI global refs" (Java 8: "references") ends the dump, before a short heap summary.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline
                && !Files.readString(log, StandardCharsets.ISO_8859_1).contains("JNI global ref")) {
            Thread.sleep(100);
        }
    }

    /**
     * Starts {@code mainClass} in the background, its output (stdout and stderr) going to {@code log}; the caller
     * stops it.
     */
    static Process start(
            Path javaHome, List<Path> classPath, List<String> jvmOptions, Path log, String mainClass, String... args)
            throws IOException {
        return new ProcessBuilder(command(AGENT, javaHome, classPath, jvmOptions, mainClass, args))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /** An empty directory for the agent's caches (lane rules, changed classes), under {@code target/}. */
    static Path newCacheDirectory() {
        try {
            Path caches = Paths.get("target", "agent-caches").toAbsolutePath();
            Files.createDirectories(caches);
            return Files.createTempDirectory(caches, "cache");
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private static List<String> command(
            Path agentJar,
            Path javaHome,
            List<Path> classPath,
            List<String> jvmOptions,
            String mainClass,
            String... args) {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin/java").toString());
        command.add("-javaagent:" + agentJar.toAbsolutePath());
        // Short-lived JVMs on a shared 2-core machine: C1 only and the serial collector keep them quick.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        if (jvmOptions.stream().noneMatch(option -> option.startsWith("-Daviary.agent.cache-dir="))) {
            // A cache of its own: each JVM starts as on a new machine unless a test shares one on purpose.
            command.add("-Daviary.agent.cache-dir=" + newCacheDirectory());
        }
        command.addAll(jvmOptions);
        command.add("-cp");
        List<String> entries = new ArrayList<>();
        entries.add(TEST_CLASSES.toAbsolutePath().toString());
        classPath.forEach(entry -> entries.add(entry.toAbsolutePath().toString()));
        command.add(String.join(java.io.File.pathSeparator, entries));
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }
}
