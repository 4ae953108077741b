package dev.aviary.devregistry.naming;

import dev.aviary.devregistry.remote.ClientConnection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One service's publishers and subscribers. Not thread-safe: {@link NamingRegistry} calls it only while
 * holding its monitor, which also orders the pushes of one service.
 */
final class ServiceEntry {

    final ServiceKey key;

    /** The instances each connection published; registering again replaces them, as in Nacos. */
    private final Map<String, List<RegisteredInstance>> published = new LinkedHashMap<>();

    private final Map<String, ClientConnection> subscribers = new LinkedHashMap<>();
    private long lastRefTime = System.currentTimeMillis();

    /** Set when the entry left the registry's map; a caller holding a stale reference starts over. */
    boolean removed;

    ServiceEntry(ServiceKey key) {
        this.key = key;
    }

    /** Replaces what the connection published; true if the service changed. */
    boolean publish(String connectionId, List<RegisteredInstance> instances) {
        List<RegisteredInstance> previous = instances.isEmpty()
                ? published.remove(connectionId)
                : published.put(connectionId, List.copyOf(instances));
        return !instances.equals(previous == null ? List.of() : previous);
    }

    /** Drops what the connection published; true if the service changed. */
    boolean unpublish(String connectionId) {
        return published.remove(connectionId) != null;
    }

    void subscribe(ClientConnection connection) {
        subscribers.put(connection.id(), connection);
    }

    void unsubscribe(String connectionId) {
        subscribers.remove(connectionId);
    }

    boolean isSubscribed(String connectionId) {
        return subscribers.containsKey(connectionId);
    }

    Collection<ClientConnection> subscribers() {
        return subscribers.values();
    }

    boolean hasInstances() {
        return !published.isEmpty();
    }

    boolean isUnused() {
        return published.isEmpty() && subscribers.isEmpty();
    }

    /** Marks a change: lastRefTime moves forward even within one millisecond, so clients never drop it. */
    void touch() {
        lastRefTime = Math.max(System.currentTimeMillis(), lastRefTime + 1);
    }

    ServiceSnapshot snapshot() {
        Map<String, RegisteredInstance> byAddress = new LinkedHashMap<>();
        for (List<RegisteredInstance> instances : published.values()) {
            for (RegisteredInstance instance : instances) {
                byAddress.putIfAbsent(instance.address(), instance);
            }
        }
        return new ServiceSnapshot(key, new ArrayList<>(byAddress.values()), lastRefTime);
    }
}
