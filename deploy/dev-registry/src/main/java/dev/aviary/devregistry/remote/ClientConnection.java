package dev.aviary.devregistry.remote;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One client connection (one NamingService or one ConfigService task). Ephemeral instances,
 * subscriptions and config listeners belong to it and end with it.
 */
public interface ClientConnection {

    /** The id the client was given in its ServerCheckResponse: {@code <millis>_<ip>_<port>}. */
    String id();

    /**
     * Sends a server request (for example {@code NotifySubscriberRequest}) on the connection's stream.
     * Never blocks; a push to a closed connection is dropped, since its state is gone too.
     */
    void push(String type, ObjectNode body);

    /** False once the connection has ended; state must not be attached to it after that. */
    boolean isOpen();
}
