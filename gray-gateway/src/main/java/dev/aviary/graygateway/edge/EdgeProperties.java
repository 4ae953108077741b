package dev.aviary.graygateway.edge;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The platform edge: which service owns which {@code /api/v1/<prefix>} resources.
 *
 * @param enabled whether this gateway deployment acts as the platform edge (routes the API, serves the console)
 * @param services the back-end services by name, in the order the system health lists them
 * @param healthTimeout how long the system health waits for one service before calling it DOWN
 */
@Validated
@ConfigurationProperties("aviary.edge")
public record EdgeProperties(
        @DefaultValue("true") boolean enabled,
        @NotNull @Valid Map<String, OwnedPrefixes> services,
        @DefaultValue("2s") Duration healthTimeout) {

    /**
     * @param uri where the service listens
     * @param prefixes the first path segment after {@code /api/v1/} of every resource the service owns
     */
    public record OwnedPrefixes(@NotNull URI uri, @NotEmpty List<String> prefixes) {}

    public EdgeProperties {
        if (services == null || services.isEmpty()) {
            throw new IllegalArgumentException("aviary.edge.services must list the services the edge routes to");
        }
        Map<String, String> owners = new HashMap<>();
        for (var service : services.entrySet()) {
            for (String prefix : service.getValue().prefixes()) {
                String previous = owners.putIfAbsent(prefix, service.getKey());
                if (previous != null) {
                    throw new IllegalArgumentException("aviary.edge: the prefix '" + prefix + "' is claimed by both "
                            + previous + " and " + service.getKey());
                }
            }
        }
    }
}
