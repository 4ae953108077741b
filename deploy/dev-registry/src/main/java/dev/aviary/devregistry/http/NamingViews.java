package dev.aviary.devregistry.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aviary.devregistry.naming.NamingRegistry;
import dev.aviary.devregistry.naming.ServiceKey;
import dev.aviary.devregistry.remote.Json;
import java.util.List;
import java.util.Map;

/** Read-only naming views in the shapes of the Nacos v1 open API. */
final class NamingViews {

    private final NamingRegistry registry;

    NamingViews(NamingRegistry registry) {
        this.registry = registry;
    }

    Map<String, Route> all() {
        return Map.of("/nacos/v1/ns/instance/list", this::instances, "/nacos/v1/ns/service/list", this::services);
    }

    /** {@code ?serviceName=[group@@]name&groupName=&namespaceId=&clusters=&healthyOnly=}. */
    private HttpReply instances(QueryString query) {
        String serviceName = query.get("serviceName", "");
        if (serviceName.isEmpty()) {
            return HttpReply.text(400, "serviceName is required");
        }
        String group = query.get("groupName", ServiceKey.DEFAULT_GROUP);
        int separator = serviceName.indexOf("@@");
        if (separator >= 0) {
            group = serviceName.substring(0, separator);
            serviceName = serviceName.substring(separator + 2);
        }
        ServiceKey key = ServiceKey.of(query.get("namespaceId", ""), group, serviceName);
        ObjectNode info = registry.snapshot(key)
                .toOpenApiServiceInfo(query.get("clusters", ""), Boolean.parseBoolean(query.get("healthyOnly", "")));
        return HttpReply.json(200, info);
    }

    /** {@code ?pageNo=&pageSize=&groupName=&namespaceId=}: {@code {"count":n,"doms":[...]}}. */
    private HttpReply services(QueryString query) {
        List<String> names = registry.serviceNames(
                ServiceKey.namespace(query.get("namespaceId", "")), query.get("groupName", ServiceKey.DEFAULT_GROUP));
        int pageSize = Math.max(1, query.getInt("pageSize", 100));
        int from = Math.max(0, query.getInt("pageNo", 1) - 1) * pageSize;
        ObjectNode body = Json.object();
        body.put("count", names.size());
        ArrayNode doms = body.putArray("doms");
        names.stream().skip(from).limit(pageSize).forEach(doms::add);
        return HttpReply.json(200, body);
    }
}
