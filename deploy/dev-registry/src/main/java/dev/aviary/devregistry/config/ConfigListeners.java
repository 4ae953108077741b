package dev.aviary.devregistry.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aviary.devregistry.remote.ClientConnection;
import dev.aviary.devregistry.remote.ConnectionListener;
import dev.aviary.devregistry.remote.ConnectionOwnership;
import dev.aviary.devregistry.remote.Json;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which connections listen to which config items, and the push on change. The push is only a hint: the
 * client then re-sends its listen request with its old md5 and fetches what changed.
 */
public final class ConfigListeners implements ConnectionListener {

    /** A connection listening to an item, with the tenant exactly as it sent it: the push must echo it. */
    private record Listening(ClientConnection connection, String tenant) {}

    private final Map<ConfigKey, Map<String, Listening>> byKey = new ConcurrentHashMap<>();
    private final ConnectionOwnership<ConfigKey> ownership = new ConnectionOwnership<>();

    void listen(ClientConnection connection, ConfigKey key, String tenantAsSent) {
        if (!ownership.claim(connection, key)) {
            return;
        }
        byKey.compute(key, (k, listening) -> {
            Map<String, Listening> result = listening == null ? new ConcurrentHashMap<>() : listening;
            if (connection.isOpen()) {
                result.put(id(connection, tenantAsSent), new Listening(connection, tenantAsSent));
            }
            return result.isEmpty() ? null : result;
        });
    }

    void unlisten(ClientConnection connection, ConfigKey key, String tenantAsSent) {
        byKey.computeIfPresent(key, (k, listening) -> {
            listening.remove(id(connection, tenantAsSent));
            return listening.isEmpty() ? null : listening;
        });
    }

    void changed(ConfigKey key) {
        Map<String, Listening> listening = byKey.get(key);
        if (listening == null) {
            return;
        }
        for (Listening listener : listening.values()) {
            ObjectNode push = Json.object();
            push.put("dataId", key.dataId());
            push.put("group", key.group());
            push.put("tenant", listener.tenant());
            listener.connection().push("ConfigChangeNotifyRequest", push);
        }
    }

    @Override
    public void connectionClosed(ClientConnection connection) {
        for (ConfigKey key : ownership.release(connection)) {
            byKey.computeIfPresent(key, (k, listening) -> {
                listening
                        .values()
                        .removeIf(listener -> listener.connection().id().equals(connection.id()));
                return listening.isEmpty() ? null : listening;
            });
        }
    }

    private static String id(ClientConnection connection, String tenant) {
        return connection.id() + "\n" + tenant;
    }
}
