package dev.aviary.devregistry.remote;

/** Told when a client connection ends, so that what it owned goes with it. */
@FunctionalInterface
public interface ConnectionListener {

    void connectionClosed(ClientConnection connection);
}
