package dev.aviary.devregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistrySettingsTest {

    @Test
    void defaultsToNacosPortsOnLoopback() {
        RegistrySettings settings = RegistrySettings.from(new String[0], Map.of());

        assertThat(settings.bind()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(8848);
        assertThat(settings.grpcPort()).isEqualTo(9848);
    }

    @Test
    void environmentOverridesDefaultsAndArgumentsOverrideEnvironment() {
        Map<String, String> env = Map.of("AVIARY_REGISTRY_PORT", "18848", "AVIARY_REGISTRY_BIND", "0.0.0.0");

        assertThat(RegistrySettings.from(new String[0], env)).isEqualTo(new RegistrySettings("0.0.0.0", 18848));
        assertThat(RegistrySettings.from(new String[] {"--port", "28848", "--bind=127.0.0.2"}, env))
                .isEqualTo(new RegistrySettings("127.0.0.2", 28848));
        assertThat(RegistrySettings.from(new String[] {"--port=38848"}, env).port())
                .isEqualTo(38848);
    }

    @Test
    void badPortOrUnknownOptionIsRefusedWithAMessageNamingIt() {
        assertThatThrownBy(() -> RegistrySettings.from(new String[] {"--port", "http"}, Map.of()))
                .hasMessage("port must be a number, got 'http'");
        assertThatThrownBy(() -> RegistrySettings.from(new String[] {"--port", "65000"}, Map.of()))
                .hasMessageContaining("the gRPC port is port + 1000");
        assertThatThrownBy(() -> RegistrySettings.from(new String[] {"--grpc-port", "1"}, Map.of()))
                .hasMessageContaining("unknown option --grpc-port");
        assertThatThrownBy(() -> RegistrySettings.from(new String[] {"--port"}, Map.of()))
                .hasMessage("--port needs a value");
    }
}
