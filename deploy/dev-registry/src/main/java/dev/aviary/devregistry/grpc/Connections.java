package dev.aviary.devregistry.grpc;

import dev.aviary.devregistry.remote.ConnectionListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The connections whose stream is set up, by connection id. A connection ends when its stream ends or
 * its transport goes away, whichever comes first; listeners then drop what it owned.
 */
final class Connections {

    private static final Logger LOG = Logger.getLogger(Connections.class.getName());

    private final Map<String, GrpcConnection> active = new ConcurrentHashMap<>();
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();

    void addListener(ConnectionListener listener) {
        listeners.add(listener);
    }

    void open(GrpcConnection connection) {
        GrpcConnection previous = active.put(connection.id(), connection);
        if (previous != null) {
            ended(previous);
        }
        LOG.info(() -> "client connected: " + connection + "; " + active.size() + " connected");
    }

    GrpcConnection find(String id) {
        return id == null ? null : active.get(id);
    }

    /** Ends this connection, if it is still the active one for its id. */
    void close(GrpcConnection connection) {
        if (active.remove(connection.id(), connection)) {
            ended(connection);
            LOG.info(() -> "client disconnected: " + connection + "; " + active.size() + " connected");
        }
    }

    /** The transport with this connection id went away. */
    void transportClosed(String id) {
        GrpcConnection connection = active.get(id);
        if (connection != null) {
            close(connection);
        }
    }

    int size() {
        return active.size();
    }

    private void ended(GrpcConnection connection) {
        connection.close();
        for (ConnectionListener listener : listeners) {
            try {
                listener.connectionClosed(connection);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "cleanup after " + connection.id() + " failed", e);
            }
        }
    }
}
