package dev.aviary.devregistry.grpc;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;

/** Makes the transport's connection id visible to the call handlers through the gRPC context. */
final class ConnectionIdInterceptor implements ServerInterceptor {

    static final Context.Key<String> CONNECTION_ID = Context.key("aviary.connection-id");

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(
            ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
        String id = call.getAttributes().get(TransportTracker.CONNECTION_ID);
        return Contexts.interceptCall(Context.current().withValue(CONNECTION_ID, id), call, headers, next);
    }
}
