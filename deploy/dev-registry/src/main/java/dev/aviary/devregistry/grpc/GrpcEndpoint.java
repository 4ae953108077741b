package dev.aviary.devregistry.grpc;

import dev.aviary.devregistry.remote.ConnectionListener;
import dev.aviary.devregistry.remote.Reply;
import dev.aviary.devregistry.remote.RequestDispatcher;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ServerCalls;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The gRPC port (main port + 1000): the two services of {@code nacos_grpc_service.proto}, which has no
 * proto package, hence the bare service names.
 */
public final class GrpcEndpoint implements AutoCloseable {

    /** What the client accepts, too (10 MiB). */
    private static final int MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

    private final Connections connections;
    private final Server server;

    private GrpcEndpoint(Server server, Connections connections) {
        this.server = server;
        this.connections = connections;
    }

    /**
     * Starts listening. {@code HealthCheckRequest} is answered here; every other request type goes to
     * the dispatcher.
     */
    public static GrpcEndpoint start(
            InetSocketAddress address, RequestDispatcher dispatcher, ConnectionListener... listeners)
            throws IOException {
        dispatcher.handle("HealthCheckRequest", request -> Reply.success("HealthCheckResponse"));
        Connections connections = new Connections();
        for (ConnectionListener listener : listeners) {
            connections.addListener(listener);
        }
        PayloadMarshaller marshaller = new PayloadMarshaller();
        UnaryRequests unary = new UnaryRequests(connections, dispatcher);
        BiStreams streams = new BiStreams(connections);
        ServerServiceDefinition request = ServerServiceDefinition.builder("Request")
                .addMethod(
                        method("Request/request", MethodDescriptor.MethodType.UNARY, marshaller),
                        ServerCalls.asyncUnaryCall(unary::request))
                .build();
        ServerServiceDefinition biStream = ServerServiceDefinition.builder("BiRequestStream")
                .addMethod(
                        method(
                                "BiRequestStream/requestBiStream",
                                MethodDescriptor.MethodType.BIDI_STREAMING,
                                marshaller),
                        ServerCalls.asyncBidiStreamingCall(streams::open))
                .build();
        ConnectionIdInterceptor interceptor = new ConnectionIdInterceptor();
        Server server = NettyServerBuilder.forAddress(address)
                .addTransportFilter(new TransportTracker(connections))
                .addService(ServerInterceptors.intercept(request, interceptor))
                .addService(ServerInterceptors.intercept(biStream, interceptor))
                // Handlers only touch memory under short locks and never block, so they run on the
                // transport's event loop: one thread hop less per request (about half the round trip).
                .directExecutor()
                .maxInboundMessageSize(MAX_MESSAGE_BYTES)
                // A client that vanishes without closing its TCP connection is noticed within about
                // 4 s, so that its ephemeral instances go away as quickly as on a clean disconnect.
                .keepAliveTime(2, TimeUnit.SECONDS)
                .keepAliveTimeout(2, TimeUnit.SECONDS)
                .build()
                .start();
        return new GrpcEndpoint(server, connections);
    }

    public int port() {
        return server.getPort();
    }

    /** The connections whose stream is set up right now. */
    public int connectionCount() {
        return connections.size();
    }

    @Override
    public void close() {
        server.shutdownNow();
        try {
            server.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static MethodDescriptor<Payload, Payload> method(
            String fullName, MethodDescriptor.MethodType type, PayloadMarshaller marshaller) {
        return MethodDescriptor.<Payload, Payload>newBuilder()
                .setFullMethodName(fullName)
                .setType(type)
                .setRequestMarshaller(marshaller)
                .setResponseMarshaller(marshaller)
                .build();
    }
}
