package dev.aviary.meshagent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.aviary.meshagent.threads.VirtualThreadsApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Virtual threads (Java 21+, run on Temurin 25 when it is installed): work handed to {@code Thread.ofVirtual()},
 * {@code Thread.startVirtualThread} and thread-per-task executors runs in the lane current at the hand-over, and
 * a pool whose worker a virtual thread factory made during a {@code gray} task does not keep {@code gray}. On
 * Java 17 the module is skipped with one line.
 */
class VirtualThreadsIT {

    private static final Path TEMURIN_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

    private static final List<String> HAND_OVERS = List.of(
            "ofVirtual-start",
            "ofVirtual-unstarted",
            "startVirtualThread",
            "nested-virtual",
            "perTask-execute",
            "perTask-submit-callable",
            "perTask-submit-runnable",
            "perTask-invokeAll",
            "perTask-invokeAny",
            "platformPerTask-submit");

    @Test
    void workHandedToVirtualThreadsRunsInTheLaneOfTheHandOver() throws Exception {
        assumeTrue(Files.isDirectory(TEMURIN_25), "Temurin 25 is not installed at " + TEMURIN_25);

        Map<String, String> seen = run(TEMURIN_25);

        for (String way : HAND_OVERS) {
            boolean collected = way.endsWith("invokeAll");
            assertThat(seen).as(way).containsEntry("gray " + way, collected ? "[gray]" : "gray");
            assertThat(seen).as(way).containsEntry("feature-x " + way, collected ? "[feature-x]" : "feature-x");
            assertThat(seen).as(way + " without a lane").containsEntry("none " + way, collected ? "[none]" : "none");
        }
        // The pool's virtual worker was created during the gray case; it must not have kept gray.
        assertThat(seen)
                .containsEntry("gray virtualWorkerPool-submit", "gray")
                .containsEntry("feature-x virtualWorkerPool-submit", "feature-x")
                .containsEntry("none virtualWorkerPool-submit", "none");
    }

    /** The lanes above are the module's: switched off, virtual threads see none (pooled work still does). */
    @Test
    void switchedOffVirtualThreadsSeeNoLane() throws Exception {
        assumeTrue(Files.isDirectory(TEMURIN_25), "Temurin 25 is not installed at " + TEMURIN_25);

        Map<String, String> seen = run(TEMURIN_25, "-Daviary.agent.instrumentation.virtual-threads.enabled=false");

        for (String way : HAND_OVERS) {
            assertThat(seen).as(way).containsEntry("gray " + way, way.endsWith("invokeAll") ? "[none]" : "none");
        }
        assertThat(seen).containsEntry("gray virtualWorkerPool-submit", "gray");
    }

    @Test
    void isSkippedWithOneLineBeforeJava21() throws Exception {
        Path jdk17 = Path.of(System.getProperty("java.home"));
        assumeTrue(System.getProperty("java.specification.version").equals("17"), "the build's JDK is not Java 17");

        String output = AgentJvm.run(jdk17, List.of(), List.of(), VirtualThreadsApplication.class.getName());

        assertThat(output.lines().filter(line -> line.contains("virtual-threads")))
                .containsExactly("[aviary-agent] instrumentation virtual-threads skipped: virtual threads need Java"
                        + " 21+ (this JVM is Java 17)");
        assertThat(output).contains("no virtual threads on Java 17");
    }

    private static Map<String, String> run(Path javaHome, String... options) throws Exception {
        String output = AgentJvm.run(javaHome, List.of(), List.of(options), VirtualThreadsApplication.class.getName());
        assertThat(output).contains("virtual threads application ran");
        return AgentJvm.results(output);
    }
}
