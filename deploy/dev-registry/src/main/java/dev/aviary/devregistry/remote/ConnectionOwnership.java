package dev.aviary.devregistry.remote;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which keys (services, config items) each connection has state under, so that the state can be dropped
 * when the connection ends. A claim made while the connection is ending is refused, so no state outlives
 * its connection: callers claim first, then change their state only while {@link ClientConnection#isOpen()}
 * holds under their own lock, and drop the state of every released key under that same lock.
 *
 * @param <K> the key type
 */
public final class ConnectionOwnership<K> {

    private final Map<String, Set<K>> owned = new ConcurrentHashMap<>();

    /** Records that the connection has state under the key; false if the connection has ended. */
    public boolean claim(ClientConnection connection, K key) {
        Set<K> keys = owned.computeIfAbsent(connection.id(), id -> new HashSet<>());
        synchronized (keys) {
            if (!connection.isOpen()) {
                owned.remove(connection.id(), keys);
                return false;
            }
            keys.add(key);
            return true;
        }
    }

    /** Forgets the connection and returns every key it claimed. Call after the connection has ended. */
    public Set<K> release(ClientConnection connection) {
        Set<K> keys = owned.remove(connection.id());
        if (keys == null) {
            return Set.of();
        }
        synchronized (keys) {
            return Set.copyOf(keys);
        }
    }
}
