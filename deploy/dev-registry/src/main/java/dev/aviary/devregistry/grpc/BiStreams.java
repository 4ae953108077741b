package dev.aviary.devregistry.grpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aviary.devregistry.remote.Json;
import dev.aviary.devregistry.remote.RequestDispatcher;
import io.grpc.stub.StreamObserver;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * {@code /BiRequestStream/requestBiStream}: the client's first message, {@code ConnectionSetupRequest},
 * registers the connection and is answered with {@code SetupAckRequest} (the server's abilities). After
 * that the client only sends responses to server pushes; a failed one is logged.
 */
final class BiStreams {

    private static final Logger LOG = Logger.getLogger(BiStreams.class.getName());

    private final Connections connections;
    private final Set<String> reportedTypes = ConcurrentHashMap.newKeySet();

    BiStreams(Connections connections) {
        this.connections = connections;
    }

    StreamObserver<Payload> open(StreamObserver<Payload> toClient) {
        String connectionId = ConnectionIdInterceptor.CONNECTION_ID.get();
        return new StreamObserver<>() {
            // gRPC delivers one stream's events one at a time, but not always on the same thread.
            private volatile GrpcConnection connection;

            @Override
            public void onNext(Payload message) {
                if ("ConnectionSetupRequest".equals(message.type())) {
                    connection = setUp(connectionId, Json.read(message.body()), toClient);
                } else if (message.type().endsWith("Response")) {
                    checkAcknowledgement(message);
                } else if (reportedTypes.add(message.type())) {
                    LOG.warning(RequestDispatcher.unsupportedMessage(message.type() + " on the stream")
                            + " (reported once per type)");
                }
            }

            @Override
            public void onError(Throwable t) {
                end();
            }

            @Override
            public void onCompleted() {
                end();
            }

            private void end() {
                GrpcConnection ended = connection;
                if (ended != null) {
                    connections.close(ended);
                }
            }
        };
    }

    private GrpcConnection setUp(String connectionId, ObjectNode setup, StreamObserver<Payload> toClient) {
        GrpcConnection connection = new GrpcConnection(connectionId, describe(setup), toClient);
        connections.open(connection);
        JsonNode clientAbilities = setup.get("abilityTable");
        if (clientAbilities != null && !clientAbilities.isNull()) {
            ObjectNode ack = Json.object();
            ack.set("abilityTable", ServerAbilities.table());
            connection.push("SetupAckRequest", ack);
        }
        return connection;
    }

    private void checkAcknowledgement(Payload message) {
        ObjectNode response = Json.read(message.body());
        int resultCode = response.path("resultCode").asInt(200);
        if (resultCode != 200) {
            LOG.warning(() -> "a client answered a push with " + message.type() + " " + resultCode + ": "
                    + response.path("message").asText(""));
        }
    }

    private static String describe(ObjectNode setup) {
        JsonNode labels = setup.path("labels");
        return Json.text(setup, "clientVersion", "unknown client")
                + ", module=" + Json.text(labels, "module", "?")
                + ", app=" + Json.text(labels, "AppName", "-");
    }
}
