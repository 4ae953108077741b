package dev.aviary.devregistry.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aviary.devregistry.remote.Json;
import java.util.Map;

/**
 * Health for supervisors: the actuator paths Aviary's supervisor probes, and the Nacos console's
 * readiness and liveness paths. The HTTP port answers only once the gRPC port listens, so up means up.
 */
final class HealthRoutes {

    private HealthRoutes() {}

    static Map<String, Route> all() {
        Route up = query -> {
            ObjectNode status = Json.object();
            status.put("status", "UP");
            return HttpReply.json(200, status);
        };
        Route ok = query -> HttpReply.text(200, "OK");
        return Map.of(
                "/actuator/health", up,
                "/actuator/health/liveness", up,
                "/actuator/health/readiness", up,
                "/nacos/v1/console/health/readiness", ok,
                "/nacos/v1/console/health/liveness", ok);
    }
}
