package dev.aviary.devregistry.naming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aviary.devregistry.remote.InboundRequest;
import dev.aviary.devregistry.remote.InvalidRequestException;
import dev.aviary.devregistry.remote.Json;
import dev.aviary.devregistry.remote.Reply;
import dev.aviary.devregistry.remote.RequestDispatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The naming requests of nacos-client 2.5.x and 3.x (its {@code NamingGrpcClientProxy}), answered from a
 * {@link NamingRegistry}. Persistent instances are not among them: they get the "not supported" error.
 */
public final class NamingRequests {

    private final NamingRegistry registry;
    private final RequestDispatcher dispatcher;

    private NamingRequests(NamingRegistry registry, RequestDispatcher dispatcher) {
        this.registry = registry;
        this.dispatcher = dispatcher;
    }

    public static void install(RequestDispatcher dispatcher, NamingRegistry registry) {
        NamingRequests requests = new NamingRequests(registry, dispatcher);
        dispatcher
                .handle("InstanceRequest", requests::instance)
                .handle("BatchInstanceRequest", requests::batchInstance)
                .handle("SubscribeServiceRequest", requests::subscribe)
                .handle("ServiceQueryRequest", requests::query)
                .handle("ServiceListRequest", requests::list);
    }

    private Reply instance(InboundRequest request) {
        ServiceKey key = serviceKey(request.body());
        String type = Json.text(request.body(), "type", "");
        switch (type) {
            case "registerInstance" ->
                registry.register(
                        request.connection(),
                        key,
                        RegisteredInstance.fromJson(request.body().get("instance")));
            case "deregisterInstance" -> registry.deregister(request.connection(), key);
            default -> throw new InvalidRequestException("InstanceRequest of unknown type '" + type + "'");
        }
        Reply reply = Reply.success("InstanceResponse");
        reply.body().put("type", type);
        return reply;
    }

    private Reply batchInstance(InboundRequest request) {
        ServiceKey key = serviceKey(request.body());
        String type = Json.text(request.body(), "type", "");
        if (!"batchRegisterInstance".equals(type)) {
            // The client deregisters in batch by registering the instances that remain.
            throw new InvalidRequestException("BatchInstanceRequest of unknown type '" + type + "'");
        }
        List<RegisteredInstance> instances = new ArrayList<>();
        for (JsonNode instance : request.body().path("instances")) {
            instances.add(RegisteredInstance.fromJson(instance));
        }
        registry.publish(request.connection(), key, instances);
        Reply reply = Reply.success("BatchInstanceResponse");
        reply.body().put("type", type);
        return reply;
    }

    private Reply subscribe(InboundRequest request) {
        ServiceKey key = serviceKey(request.body());
        ServiceSnapshot snapshot;
        if (request.body().path("subscribe").asBoolean(true)) {
            snapshot = registry.subscribe(request.connection(), key);
        } else {
            registry.unsubscribe(request.connection(), key);
            snapshot = registry.snapshot(key);
        }
        Reply reply = Reply.success("SubscribeServiceResponse");
        reply.body().set("serviceInfo", snapshot.toServiceInfo(Json.text(request.body(), "clusters", ""), false));
        return reply;
    }

    private Reply query(InboundRequest request) {
        ServiceSnapshot snapshot = registry.snapshot(serviceKey(request.body()));
        Reply reply = Reply.success("QueryServiceResponse");
        reply.body()
                .set(
                        "serviceInfo",
                        snapshot.toServiceInfo(
                                Json.text(request.body(), "cluster", ""),
                                request.body().path("healthyOnly").asBoolean(false)));
        return reply;
    }

    private Reply list(InboundRequest request) {
        ObjectNode body = request.body();
        String selector = Json.text(body, "selector", "");
        if (!selector.isEmpty()) {
            return dispatcher.unsupported("ServiceListRequest with a label selector");
        }
        List<String> names = registry.serviceNames(
                ServiceKey.namespace(Json.text(body, "namespace", "")),
                Json.text(body, "groupName", ServiceKey.DEFAULT_GROUP));
        int pageSize = Math.max(1, body.path("pageSize").asInt(10));
        int from = Math.max(0, body.path("pageNo").asInt(1) - 1) * pageSize;
        Reply reply = Reply.success("ServiceListResponse");
        reply.body().put("count", names.size());
        ArrayNode page = reply.body().putArray("serviceNames");
        names.stream().skip(from).limit(pageSize).forEach(page::add);
        return reply;
    }

    private static ServiceKey serviceKey(ObjectNode body) {
        return ServiceKey.of(
                Json.text(body, "namespace", ""), Json.text(body, "groupName", ""), Json.text(body, "serviceName", ""));
    }
}
