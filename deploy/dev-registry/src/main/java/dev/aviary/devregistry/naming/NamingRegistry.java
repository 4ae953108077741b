package dev.aviary.devregistry.naming;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aviary.devregistry.remote.ClientConnection;
import dev.aviary.devregistry.remote.ConnectionListener;
import dev.aviary.devregistry.remote.ConnectionOwnership;
import dev.aviary.devregistry.remote.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The ephemeral instances and subscriptions of every service. Thread-safe: each service is changed under
 * its own lock, and every change is pushed to the service's subscribers right away, in order, before
 * the lock is released. Nothing here polls.
 */
public final class NamingRegistry implements ConnectionListener, AutoCloseable {

    /** How long after a subscribe the registry checks whether the subscriber missed a change. */
    static final Duration CATCH_UP_DELAY = Duration.ofMillis(500);

    private final Map<ServiceKey, ServiceEntry> services = new ConcurrentHashMap<>();
    private final ConnectionOwnership<ServiceKey> ownership = new ConnectionOwnership<>();
    private final ScheduledExecutorService catchUp = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dev-registry-subscriber-catch-up");
        thread.setDaemon(true);
        return thread;
    });

    /** Registers (or replaces) the connection's instance of the service. */
    public void register(ClientConnection connection, ServiceKey key, RegisteredInstance instance) {
        publish(connection, key, List.of(instance));
    }

    /** Replaces the connection's instances of the service with these; an empty list removes them. */
    public void publish(ClientConnection connection, ServiceKey key, List<RegisteredInstance> instances) {
        if (!ownership.claim(connection, key)) {
            return;
        }
        withEntry(key, entry -> {
            if (connection.isOpen() && entry.publish(connection.id(), instances)) {
                changed(entry);
            }
            return null;
        });
    }

    /** Removes the connection's instances of the service, as Nacos does; a repeated call is harmless. */
    public void deregister(ClientConnection connection, ServiceKey key) {
        withEntry(key, entry -> {
            if (entry.unpublish(connection.id())) {
                changed(entry);
            }
            return null;
        });
    }

    /**
     * Subscribes the connection to every change of the service and returns the service as it is now.
     *
     * <p>The client may handle a push that follows this answer before the answer itself, and then keeps
     * the older answer (it replaces its cache but fires no event). So, as Nacos does, the subscriber is
     * sent the service once more shortly afterwards if it changed in between: one delayed check per
     * subscribe, not a poll.
     */
    public ServiceSnapshot subscribe(ClientConnection connection, ServiceKey key) {
        if (!ownership.claim(connection, key)) {
            return snapshot(key);
        }
        ServiceSnapshot answered = withEntry(key, entry -> {
            if (connection.isOpen()) {
                entry.subscribe(connection);
            }
            return entry.snapshot();
        });
        catchUp.schedule(
                () -> pushIfChangedSince(connection, key, answered.lastRefTime()),
                CATCH_UP_DELAY.toMillis(),
                TimeUnit.MILLISECONDS);
        return answered;
    }

    private void pushIfChangedSince(ClientConnection connection, ServiceKey key, long answeredRefTime) {
        withEntry(key, entry -> {
            ServiceSnapshot now = entry.snapshot();
            if (entry.isSubscribed(connection.id()) && now.lastRefTime() != answeredRefTime) {
                connection.push("NotifySubscriberRequest", notification(now));
            }
            return null;
        });
    }

    public void unsubscribe(ClientConnection connection, ServiceKey key) {
        withEntry(key, entry -> {
            entry.unsubscribe(connection.id());
            return null;
        });
    }

    /** The service as it is now; a service nobody registered has no instances. */
    public ServiceSnapshot snapshot(ServiceKey key) {
        return withEntry(key, ServiceEntry::snapshot);
    }

    /** The names of the services of a namespace and group that have instances, sorted. */
    public List<String> serviceNames(String namespace, String group) {
        List<String> names = new ArrayList<>();
        for (ServiceEntry entry : services.values()) {
            if (entry.key.namespace().equals(namespace) && entry.key.group().equals(group)) {
                synchronized (entry) {
                    if (entry.hasInstances()) {
                        names.add(entry.key.name());
                    }
                }
            }
        }
        names.sort(null);
        return names;
    }

    /** The groups of a namespace that have services with instances, sorted. */
    public List<String> groups(String namespace) {
        return services.keySet().stream()
                .filter(key -> key.namespace().equals(namespace))
                .map(ServiceKey::group)
                .distinct()
                .filter(group -> !serviceNames(namespace, group).isEmpty())
                .sorted()
                .toList();
    }

    /** Drops the connection's instances and subscriptions; subscribers of those services are pushed. */
    @Override
    public void connectionClosed(ClientConnection connection) {
        for (ServiceKey key : ownership.release(connection)) {
            withEntry(key, entry -> {
                entry.unsubscribe(connection.id());
                if (entry.unpublish(connection.id())) {
                    changed(entry);
                }
                return null;
            });
        }
    }

    private static void changed(ServiceEntry entry) {
        entry.touch();
        if (entry.subscribers().isEmpty()) {
            return;
        }
        ObjectNode push = notification(entry.snapshot());
        for (ClientConnection subscriber : entry.subscribers()) {
            subscriber.push("NotifySubscriberRequest", push);
        }
    }

    private static ObjectNode notification(ServiceSnapshot snapshot) {
        ObjectNode push = Json.object();
        push.set("serviceInfo", snapshot.toServiceInfo("", false));
        return push;
    }

    @Override
    public void close() {
        catchUp.shutdownNow();
    }

    private <T> T withEntry(ServiceKey key, Function<ServiceEntry, T> action) {
        while (true) {
            ServiceEntry entry = services.computeIfAbsent(key, ServiceEntry::new);
            synchronized (entry) {
                if (entry.removed) {
                    continue; // removed by another thread after we looked it up: take the new one
                }
                T result = action.apply(entry);
                if (entry.isUnused()) {
                    entry.removed = true;
                    services.remove(key, entry);
                }
                return result;
            }
        }
    }
}
