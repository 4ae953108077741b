package dev.aviary.devregistry.grpc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aviary.devregistry.remote.InboundRequest;
import dev.aviary.devregistry.remote.Json;
import dev.aviary.devregistry.remote.Reply;
import dev.aviary.devregistry.remote.RequestDispatcher;
import io.grpc.stub.StreamObserver;

/**
 * {@code /Request/request}: every unary call. {@code ServerCheckRequest} opens the handshake; anything
 * else needs a connection whose stream is set up, or the client is told to reconnect (code 301), as the
 * real server does.
 */
final class UnaryRequests {

    private final Connections connections;
    private final RequestDispatcher dispatcher;

    UnaryRequests(Connections connections, RequestDispatcher dispatcher) {
        this.connections = connections;
        this.dispatcher = dispatcher;
    }

    void request(Payload request, StreamObserver<Payload> response) {
        Reply reply = answer(request, ConnectionIdInterceptor.CONNECTION_ID.get());
        response.onNext(Payload.of(reply.type(), Json.bytes(reply.body())));
        response.onCompleted();
    }

    private Reply answer(Payload request, String connectionId) {
        if ("ServerCheckRequest".equals(request.type())) {
            return serverCheck(connectionId);
        }
        GrpcConnection connection = connections.find(connectionId);
        if (connection == null) {
            return Reply.error(
                    Reply.UN_REGISTER,
                    "connection " + connectionId + " is not registered: open the stream with a"
                            + " ConnectionSetupRequest first");
        }
        ObjectNode body;
        try {
            body = Json.read(request.body());
        } catch (IllegalArgumentException e) {
            return Reply.error(400, request.type() + ": " + e.getMessage());
        }
        return dispatcher.dispatch(new InboundRequest(connection, request.type(), request.headers(), body));
    }

    private static Reply serverCheck(String connectionId) {
        Reply reply = Reply.success("ServerCheckResponse");
        reply.body().put("connectionId", connectionId);
        // true obliges the registry to send SetupAckRequest on the stream (BiStreams does).
        reply.body().put("supportAbilityNegotiation", true);
        return reply;
    }
}
