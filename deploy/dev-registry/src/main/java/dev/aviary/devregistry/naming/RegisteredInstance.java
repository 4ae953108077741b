package dev.aviary.devregistry.naming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aviary.devregistry.remote.InvalidRequestException;
import dev.aviary.devregistry.remote.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An ephemeral instance as a client registered it. It lives as long as the client's connection.
 *
 * @param ip the address
 * @param port the port
 * @param weight the weight (1.0 by default)
 * @param healthy the health the client declared (ephemeral instances have no server-side check)
 * @param enabled whether it takes traffic
 * @param clusterName the cluster, {@code DEFAULT} when not given
 * @param metadata the metadata, such as {@code aviary.lane} and {@code aviary.version}
 */
public record RegisteredInstance(
        String ip,
        int port,
        double weight,
        boolean healthy,
        boolean enabled,
        String clusterName,
        Map<String, String> metadata) {

    public RegisteredInstance {
        metadata = Map.copyOf(metadata);
    }

    static RegisteredInstance fromJson(JsonNode instance) {
        if (instance == null || !instance.isObject()) {
            throw new InvalidRequestException("instance is required");
        }
        String ip = Json.text(instance, "ip", "");
        int port = instance.path("port").asInt(-1);
        if (ip.isEmpty() || port < 0 || port > 65535) {
            throw new InvalidRequestException("an instance needs an ip and a port in 0..65535, got " + ip + ":" + port);
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : instance.path("metadata").properties()) {
            metadata.put(entry.getKey(), entry.getValue().asText());
        }
        return new RegisteredInstance(
                ip,
                port,
                instance.path("weight").asDouble(1.0),
                instance.path("healthy").asBoolean(true),
                instance.path("enabled").asBoolean(true),
                Json.text(instance, "clusterName", "DEFAULT"),
                metadata);
    }

    /** The instance as the client's {@code Instance} class reads it. */
    ObjectNode toJson(ServiceKey service) {
        ObjectNode json = Json.object();
        json.put("instanceId", ip + "#" + port + "#" + clusterName + "#" + service.groupedName());
        json.put("ip", ip);
        json.put("port", port);
        json.put("weight", weight);
        json.put("healthy", healthy);
        json.put("enabled", enabled);
        json.put("ephemeral", true);
        json.put("clusterName", clusterName);
        json.put("serviceName", service.groupedName());
        ObjectNode meta = json.putObject("metadata");
        metadata.forEach(meta::put);
        return json;
    }

    String address() {
        return ip + ":" + port;
    }
}
