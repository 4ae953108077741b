package dev.aviary.meshagent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.aviary.meshagent.springasync.AsyncLanesApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spring's {@code @Async} under the agent, Spring 5.3.39 and 7.0.8 each on its own class path
 * ({@code target/it-libs}), in a plain {@code AnnotationConfigApplicationContext}: methods on a
 * {@code ThreadPoolTaskExecutor} (the executors module) and on a {@code SimpleAsyncTaskExecutor} (the spring-async
 * module; on Temurin 25 also with virtual threads) run in the caller's lane, and callers without a lane get
 * none, on the same pooled worker.
 */
class SpringAsyncIT {

    private static final Path TEMURIN_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    private static final List<String> METHODS = List.of(
            "pooledFuture", "pooledVoid", "pooledCompletable", "simpleFuture", "simpleVoid", "simpleCompletable");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"spring-5.3", "spring-7.0"})
    void asyncMethodsRunInTheCallersLane(String library) throws Exception {
        Map<String, String> seen = run(Path.of(System.getProperty("java.home")), library, List.of());

        assertLanes(seen, "");
    }

    @Test
    void asyncMethodsOnVirtualThreadsRunInTheCallersLane() throws Exception {
        assumeTrue(Files.isDirectory(TEMURIN_25), "Temurin 25 is not installed at " + TEMURIN_25);

        Map<String, String> seen = run(TEMURIN_25, "spring-7.0", List.of(), "virtual");

        assertLanes(seen, "/virtual");
    }

    /**
     * The simple executor's lanes are the spring-async module's; the pooled ones stay the executors module's, and a
     * {@code CompletableFuture} method's the completable-future module's ({@code submitCompletable} is
     * {@code CompletableFuture.supplyAsync} on the executor).
     */
    @Test
    void withoutTheSpringAsyncModuleTheSimpleExecutorsTasksSeeNoLane() throws Exception {
        Map<String, String> seen = run(
                Path.of(System.getProperty("java.home")),
                "spring-7.0",
                List.of("-Daviary.agent.instrumentation.spring-async.enabled=false"));

        assertThat(seen)
                .containsEntry("gray simpleFuture", "none")
                .containsEntry("gray simpleVoid", "none")
                .containsEntry("gray simpleCompletable", "gray")
                .containsEntry("gray pooledFuture", "gray");
    }

    private static void assertLanes(Map<String, String> seen, String simpleSuffix) {
        for (String method : METHODS) {
            String suffix = method.startsWith("simple") ? simpleSuffix : "";
            assertThat(seen).as(method).containsEntry("gray " + method, "gray" + suffix);
            assertThat(seen).as(method).containsEntry("feature-x " + method, "feature-x" + suffix);
            assertThat(seen).as(method + " without a lane").containsEntry("none " + method, "none" + suffix);
        }
    }

    private static Map<String, String> run(Path javaHome, String library, List<String> options, String... args)
            throws Exception {
        String output =
                AgentJvm.run(javaHome, AgentJvm.library(library), options, AsyncLanesApplication.class.getName(), args);
        assertThat(output)
                .contains("spring " + library.substring("spring-".length()))
                .contains("async application ran");
        return AgentJvm.results(output);
    }
}
