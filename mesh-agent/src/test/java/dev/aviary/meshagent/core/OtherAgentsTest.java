package dev.aviary.meshagent.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;

class OtherAgentsTest {

    private final File ownJar = new File("/opt/agents/aviary-mesh-agent.jar");

    @Test
    void thisAgentTheDebuggerAndOrdinaryOptionsAreNotOtherAgents() {
        assertThat(OtherAgents.presentIn(
                        List.of(
                                "-Xmx128m",
                                "-javaagent:/opt/agents/aviary-mesh-agent.jar",
                                "-javaagent:/opt/agents/../agents/aviary-mesh-agent.jar=some,options",
                                "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n",
                                "-Daviary.lane=gray"),
                        ownJar))
                .isFalse();
    }

    @Test
    void anotherJavaAgentOrNativeAgentIs() {
        assertThat(OtherAgents.presentIn(
                        List.of(
                                "-javaagent:/opt/agents/aviary-mesh-agent.jar",
                                "-javaagent:/opt/otel/opentelemetry.jar"),
                        ownJar))
                .isTrue();
        assertThat(OtherAgents.presentIn(List.of("-agentpath:/opt/profiler/libasyncProfiler.so=start"), ownJar))
                .isTrue();
        assertThat(OtherAgents.presentIn(List.of("-agentlib:hprof"), ownJar)).isTrue();
    }
}
