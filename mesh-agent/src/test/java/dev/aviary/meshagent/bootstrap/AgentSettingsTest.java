package dev.aviary.meshagent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class AgentSettingsTest {

    @Test
    void environmentVariablesConfigureWhatNoSystemPropertySets() {
        Properties properties = new Properties();
        properties.setProperty("aviary.lane", "gray");
        AgentSettings settings = AgentSettings.from(
                properties,
                Map.of(
                        "AVIARY_LANE", "feature-x",
                        "AVIARY_VERSION", "v2",
                        "AVIARY_LANE_HEADER", "x-lane",
                        "AVIARY_AGENT_INSTRUMENTATION_HTTP_URL_CONNECTION_ENABLED", "false",
                        "AVIARY_AGENT_EXTENSIONS", "/a.jar, /b.jar"));

        assertThat(settings.lane()).isEqualTo("gray");
        assertThat(settings.version()).isEqualTo("v2");
        assertThat(settings.headerName()).isEqualTo("x-lane");
        assertThat(settings.instrumentationEnabled("http-url-connection")).isFalse();
        assertThat(settings.instrumentationEnabled("executors")).isTrue();
        assertThat(settings.extensions()).containsExactly("/a.jar", "/b.jar");
        assertThat(settings.enabled()).isTrue();
    }

    @Test
    void defaultsToTheBaselineAndTheStandardHeader() {
        AgentSettings settings = AgentSettings.from(new Properties(), Map.of());

        assertThat(settings.lane()).isEmpty();
        assertThat(settings.headerName()).isEqualTo("x-aviary-lane");
        assertThat(settings.describe()).isEqualTo("application=(unnamed) lane=(baseline) version=(unknown)");
    }
}
