package dev.aviary.devregistry.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aviary.devregistry.remote.InboundRequest;
import dev.aviary.devregistry.remote.InvalidRequestException;
import dev.aviary.devregistry.remote.Json;
import dev.aviary.devregistry.remote.Reply;
import dev.aviary.devregistry.remote.RequestDispatcher;
import java.util.Optional;

/**
 * The config requests of nacos-client 2.5.x and 3.x (its {@code ClientWorker}): get, publish, remove and
 * batch listen. Tagged (gray) and beta config are not supported and say so.
 */
public final class ConfigRequests {

    /** The client's {@code ConfigQueryResponse.CONFIG_NOT_FOUND}: getConfig returns null. */
    private static final int CONFIG_NOT_FOUND = 300;

    private final ConfigStore store;
    private final ConfigListeners listeners;
    private final RequestDispatcher dispatcher;

    private ConfigRequests(ConfigStore store, ConfigListeners listeners, RequestDispatcher dispatcher) {
        this.store = store;
        this.listeners = listeners;
        this.dispatcher = dispatcher;
    }

    public static void install(RequestDispatcher dispatcher, ConfigStore store, ConfigListeners listeners) {
        ConfigRequests requests = new ConfigRequests(store, listeners, dispatcher);
        dispatcher
                .handle("ConfigQueryRequest", requests::query)
                .handle("ConfigPublishRequest", requests::publish)
                .handle("ConfigRemoveRequest", requests::remove)
                .handle("ConfigBatchListenRequest", requests::batchListen);
    }

    private Reply query(InboundRequest request) {
        ObjectNode body = request.body();
        if (!Json.text(body, "tag", "").isEmpty()) {
            return dispatcher.unsupported("ConfigQueryRequest with a tag");
        }
        Optional<StoredConfig> found = store.get(key(body));
        if (found.isEmpty()) {
            return Reply.failure("ConfigQueryResponse", CONFIG_NOT_FOUND, "config data not exist");
        }
        StoredConfig config = found.get();
        Reply reply = Reply.success("ConfigQueryResponse");
        reply.body().put("content", config.content());
        reply.body().put("contentType", config.type());
        reply.body().put("md5", config.md5());
        reply.body().put("lastModified", config.lastModified());
        reply.body().put("encryptedDataKey", config.encryptedDataKey());
        reply.body().put("beta", false);
        return reply;
    }

    private Reply publish(InboundRequest request) {
        ObjectNode body = request.body();
        JsonNode additions = body.path("additionMap");
        if (!Json.text(additions, "tag", "").isEmpty()
                || !Json.text(additions, "betaIps", "").isEmpty()) {
            return dispatcher.unsupported("ConfigPublishRequest with a tag or betaIps (gray config)");
        }
        String content = Json.text(body, "content", "");
        if (content.isEmpty()) {
            throw new InvalidRequestException("content must not be blank");
        }
        StoredConfig config = StoredConfig.of(
                content,
                Json.text(additions, "type", "text"),
                Json.text(additions, "appName", ""),
                Json.text(additions, "encryptedDataKey", ""));
        if (store.publish(key(body), config, Json.text(body, "casMd5", "")) == ConfigStore.Outcome.STALE) {
            return Reply.failure("ConfigPublishResponse", 500, "Cas publish fail, server md5 may have changed.");
        }
        return Reply.success("ConfigPublishResponse");
    }

    private Reply remove(InboundRequest request) {
        if (!Json.text(request.body(), "tag", "").isEmpty()) {
            return dispatcher.unsupported("ConfigRemoveRequest with a tag");
        }
        store.remove(key(request.body()));
        return Reply.success("ConfigRemoveResponse");
    }

    /**
     * Listens (or stops listening) to every item in the request and answers the items whose md5 differs
     * from the client's. The listener is recorded before comparing, so no change falls in between.
     */
    private Reply batchListen(InboundRequest request) {
        boolean listen = request.body().path("listen").asBoolean(true);
        Reply reply = Reply.success("ConfigChangeBatchListenResponse");
        ArrayNode changed = reply.body().putArray("changedConfigs");
        for (JsonNode context : request.body().path("configListenContexts")) {
            String tenant = context.path("tenant").asText("");
            ConfigKey key = key(context);
            if (!listen) {
                listeners.unlisten(request.connection(), key, tenant);
                continue;
            }
            listeners.listen(request.connection(), key, tenant);
            if (!store.md5(key).equals(context.path("md5").asText(""))) {
                ObjectNode item = changed.addObject();
                item.put("dataId", key.dataId());
                item.put("group", context.path("group").asText(""));
                item.put("tenant", tenant);
            }
        }
        return reply;
    }

    private static ConfigKey key(JsonNode body) {
        return ConfigKey.of(
                body.path("tenant").asText(""),
                body.path("group").asText(""),
                body.path("dataId").asText(""));
    }
}
