package dev.aviary.devregistry.grpc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aviary.devregistry.remote.ClientConnection;
import dev.aviary.devregistry.remote.Json;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A client connection whose bi-stream is set up: server requests go out on that stream. */
final class GrpcConnection implements ClientConnection {

    private static final Logger LOG = Logger.getLogger(GrpcConnection.class.getName());

    private final String id;
    private final String description;
    private final StreamObserver<Payload> stream;
    private final AtomicLong requestIds = new AtomicLong();

    /** Guarded by this: a stream observer is not thread-safe, and pushes come from many threads. */
    private boolean closed;

    GrpcConnection(String id, String description, StreamObserver<Payload> stream) {
        this.id = id;
        this.description = description;
        this.stream = stream;
    }

    @Override
    public String id() {
        return id;
    }

    String description() {
        return description;
    }

    @Override
    public void push(String type, ObjectNode body) {
        ObjectNode request = Json.object();
        request.put("requestId", Long.toString(requestIds.incrementAndGet()));
        request.setAll(body);
        Payload payload = Payload.of(type, Json.bytes(request));
        synchronized (this) {
            if (closed) {
                return;
            }
            try {
                stream.onNext(payload);
            } catch (RuntimeException e) {
                // The stream is ending; its end closes this connection and drops what it owned.
                LOG.log(Level.FINE, "push of " + type + " to " + id + " failed", e);
            }
        }
    }

    @Override
    public synchronized boolean isOpen() {
        return !closed;
    }

    /** Ends the stream once; later pushes are dropped. */
    void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                stream.onCompleted();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "stream of " + id + " already ended", e);
            }
        }
    }

    @Override
    public String toString() {
        return id + " (" + description + ")";
    }
}
