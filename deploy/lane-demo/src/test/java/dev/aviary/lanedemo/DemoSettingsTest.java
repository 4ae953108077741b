package dev.aviary.lanedemo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoSettingsTest {

    @Test
    void systemPropertiesBeatTheEnvironment() {
        DemoSettings settings = DemoSettings.from(
                Map.of("demo.service", "demo-b", "demo.port", "8081"),
                Map.of(
                        "DEMO_SERVICE", "demo-x",
                        "DEMO_PORT", "9999",
                        "DEMO_CALLS", "demo-c",
                        "DEMO_CALL_MODE", "pool-async",
                        "DEMO_REGISTRY", "10.0.0.5:8848"));

        assertThat(settings.service()).isEqualTo("demo-b");
        assertThat(settings.port()).isEqualTo(8081);
        assertThat(settings.calls()).isEqualTo("demo-c");
        assertThat(settings.callMode()).isEqualTo(CallMode.POOL_ASYNC);
        assertThat(settings.registry()).isEqualTo("10.0.0.5:8848");
    }

    @Test
    void defaultsToAFreePortTheLocalRegistryASyncCallAndNoNextHop() {
        DemoSettings settings = DemoSettings.from(Map.of("demo.service", "demo-c"), Map.of());

        assertThat(settings.port()).isZero();
        assertThat(settings.registry()).isEqualTo("127.0.0.1:8848");
        assertThat(settings.callMode()).isEqualTo(CallMode.SYNC);
        assertThat(settings.calls()).isEmpty();
        assertThat(settings.ip()).isEqualTo("127.0.0.1");
        assertThat(settings.version()).isEqualTo("unknown");
    }

    @Test
    void reportsTheAgentsVersionUnlessItsOwnIsGiven() {
        assertThat(DemoSettings.from(Map.of("demo.service", "a"), Map.of("AVIARY_VERSION", "v2"))
                        .version())
                .isEqualTo("v2");
        assertThat(DemoSettings.from(
                                Map.of("demo.service", "a", "aviary.version", "v3"), Map.of("AVIARY_VERSION", "v2"))
                        .version())
                .isEqualTo("v3");
        assertThat(DemoSettings.from(Map.of("demo.service", "a", "aviary.version", "v3"), Map.of("DEMO_VERSION", "v4"))
                        .version())
                .isEqualTo("v4");
    }

    @Test
    void refusesWhatItCannotRun() {
        assertThatThrownBy(() -> DemoSettings.from(Map.of(), Map.of()))
                .hasMessageStartingWith("demo.service (DEMO_SERVICE) is required");
        assertThatThrownBy(() -> DemoSettings.from(Map.of("demo.service", "a", "demo.port", "http"), Map.of()))
                .hasMessage("demo.port must be 0..65535, not 'http'");
        assertThatThrownBy(() -> DemoSettings.from(Map.of("demo.service", "a", "demo.call-mode", "async"), Map.of()))
                .hasMessage("demo.call-mode must be sync or pool-async, not 'async'");
    }
}
