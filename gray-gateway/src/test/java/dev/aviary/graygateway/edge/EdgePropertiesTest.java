package dev.aviary.graygateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.aviary.graygateway.edge.EdgeProperties.OwnedPrefixes;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EdgePropertiesTest {

    private static OwnedPrefixes owning(String... prefixes) {
        return new OwnedPrefixes(URI.create("http://127.0.0.1:1"), List.of(prefixes));
    }

    @Test
    void rejectsAPrefixClaimedByTwoServices() {
        Map<String, OwnedPrefixes> services = new LinkedHashMap<>();
        services.put("release-api", owning("projects", "lanes"));
        services.put("pipeline-engine", owning("pipelines", "lanes"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EdgeProperties(true, services, Duration.ofSeconds(2)))
                .withMessageContaining("'lanes'")
                .withMessageContaining("release-api")
                .withMessageContaining("pipeline-engine");
    }

    @Test
    void acceptsServicesWithDistinctPrefixes() {
        Map<String, OwnedPrefixes> services = new LinkedHashMap<>();
        services.put("release-api", owning("projects", "lanes"));
        services.put("pipeline-engine", owning("pipelines"));

        var edge = new EdgeProperties(true, services, Duration.ofSeconds(2));

        assertThat(edge.services()).containsOnlyKeys("release-api", "pipeline-engine");
    }
}
