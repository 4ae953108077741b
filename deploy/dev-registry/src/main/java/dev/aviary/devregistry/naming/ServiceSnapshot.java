package dev.aviary.devregistry.naming;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aviary.devregistry.remote.Json;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A service's instances at one moment.
 *
 * @param key the service
 * @param instances its instances, one per address
 * @param lastRefTime when it last changed (milliseconds, strictly increasing per service)
 */
public record ServiceSnapshot(ServiceKey key, List<RegisteredInstance> instances, long lastRefTime) {

    /**
     * The client's {@code ServiceInfo}: the bare service name in {@code name} and the group in
     * {@code groupName}, which the client needs to find its listeners.
     *
     * @param clusters comma-separated clusters to keep, or blank for all
     * @param healthyOnly whether to keep healthy instances only
     */
    public ObjectNode toServiceInfo(String clusters, boolean healthyOnly) {
        return serviceInfo(key.name(), clusters, healthyOnly);
    }

    /** The open API's shape: {@code name} is {@code group@@service}. */
    public ObjectNode toOpenApiServiceInfo(String clusters, boolean healthyOnly) {
        ObjectNode json = serviceInfo(key.groupedName(), clusters, healthyOnly);
        json.put("allIPs", false);
        json.put("valid", true);
        return json;
    }

    private ObjectNode serviceInfo(String name, String clusters, boolean healthyOnly) {
        Set<String> wanted = clusters == null || clusters.isBlank()
                ? Set.of()
                : Arrays.stream(clusters.split(",")).map(String::trim).collect(Collectors.toSet());
        ObjectNode json = Json.object();
        json.put("name", name);
        json.put("groupName", key.group());
        json.put("clusters", clusters == null ? "" : clusters);
        json.put("cacheMillis", 10_000);
        ArrayNode hosts = json.putArray("hosts");
        for (RegisteredInstance instance : instances) {
            if ((wanted.isEmpty() || wanted.contains(instance.clusterName())) && (!healthyOnly || instance.healthy())) {
                hosts.add(instance.toJson(key));
            }
        }
        json.put("lastRefTime", lastRefTime);
        json.put("checksum", "");
        json.put("reachProtectionThreshold", false);
        return json;
    }
}
