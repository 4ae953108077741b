package dev.aviary.graygateway.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The defaults are docs/traffic.md's table. */
class GatewayPropertiesTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        GatewayProperties gateway = bind(Map.of("aviary.gateway.control-plane.token", "t"));

        assertThat(gateway.name()).isEqualTo("edge");
        assertThat(gateway.traffic().enabled()).isTrue();
        assertThat(gateway.laneHeader()).isEqualTo("x-aviary-lane");
        assertThat(gateway.laneTokenHeader()).isEqualTo("x-aviary-lane-token");
        assertThat(gateway.controlPlane().uri()).isEqualTo(URI.create("http://127.0.0.1:8081"));
        assertThat(gateway.policyCache().toString()).endsWith("gateway/edge-policy.json");
        assertThat(gateway.registry().serverAddr()).isEqualTo("127.0.0.1:8848");
        assertThat(gateway.registry().namespace()).isEqualTo("public");
        assertThat(gateway.registry().group()).isEqualTo("DEFAULT_GROUP");
        assertThat(gateway.clientIp().trustedProxies()).isEmpty();
    }

    @Test
    void theInternalTokenIsRequiredOnlyWhenTrafficIsOn() {
        assertThatThrownBy(() -> bind(Map.of("aviary.gateway.name", "shop")))
                .rootCause()
                .hasMessageContaining("aviary.gateway.control-plane.token");
        assertThat(bind(Map.of("aviary.gateway.traffic.enabled", "false"))
                        .traffic()
                        .enabled())
                .isFalse();
    }

    @Test
    void theTokenIsNeverPrinted() {
        GatewayProperties gateway = bind(Map.of("aviary.gateway.control-plane.token", "s3cret"));

        assertThat(gateway.toString()).doesNotContain("s3cret");
    }

    private static GatewayProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("aviary.gateway", GatewayProperties.class);
    }
}
