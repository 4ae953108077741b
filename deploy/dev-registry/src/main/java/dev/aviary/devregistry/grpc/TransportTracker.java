package dev.aviary.devregistry.grpc;

import io.grpc.Attributes;
import io.grpc.Grpc;
import io.grpc.ServerTransportFilter;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * Names each transport (one TCP connection) with a connection id, as the real server does: ServerCheck,
 * the stream and every unary call of one client share a transport, and requests carry no id of their own.
 */
final class TransportTracker extends ServerTransportFilter {

    static final Attributes.Key<String> CONNECTION_ID = Attributes.Key.create("aviary.connection-id");

    private final Connections connections;

    TransportTracker(Connections connections) {
        this.connections = connections;
    }

    @Override
    public Attributes transportReady(Attributes attributes) {
        return attributes.toBuilder()
                .set(CONNECTION_ID, connectionId(attributes.get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR)))
                .build();
    }

    @Override
    public void transportTerminated(Attributes attributes) {
        String id = attributes.get(CONNECTION_ID);
        if (id != null) {
            connections.transportClosed(id);
        }
    }

    private static String connectionId(SocketAddress remote) {
        String address = remote instanceof InetSocketAddress inet
                ? inet.getAddress().getHostAddress() + "_" + inet.getPort()
                : String.valueOf(remote);
        return System.currentTimeMillis() + "_" + address;
    }
}
