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

    /** How long after a subscribe the subscriber is sent the service once more (Nacos' push delay). */
    private static final Duration CATCH_UP_DELAY = Duration.ofMillis(500);

    private final Duration catchUpDelay;
    private final Map<ServiceKey, ServiceEntry> services = new ConcurrentHashMap<>();
    private final ConnectionOwnership<ServiceKey> ownership = new ConnectionOwnership<>();
    private final ScheduledExecutorService catchUp = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dev-registry-subscriber-catch-up");
        thread.setDaemon(true);
        return thread;
    });

    public NamingRegistry() {
        this(CATCH_UP_DELAY);
    }

    NamingRegistry(Duration catchUpDelay) {
        this.catchUpDelay = catchUpDelay;
    }

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
     * <p>As Nacos does (its push task after a subscribe), the subscriber is also pushed the service once,
     * shortly afterwards, changed or not. The answer alone does not reliably reach the client's listeners: a
     * client may handle a push that follows the answer before the answer itself, and then keeps the older
     * answer; and nacos-client's redo, which subscribes again after a reconnect, drops the answer altogether.
     * After a registry restart, a consumer whose redo subscribed after its provider's redo registered would
     * otherwise never hear of that instance. One delayed push per subscribe, not a poll.
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
        catchUp.schedule(() -> pushToSubscriber(connection, key), catchUpDelay.toMillis(), TimeUnit.MILLISECONDS);
        return answered;
    }

    /** The service as it is now, to this subscriber; in order with the change pushes (the same lock). */
    private void pushToSubscriber(ClientConnection connection, ServiceKey key) {
        withEntry(key, entry -> {
            if (entry.isSubscribed(connection.id())) {
                connection.push("NotifySubscriberRequest", notification(entry.snapshot()));
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
