package dev.aviary.devregistry.remote;

/** Answers one request type. Handlers run on gRPC threads and must not block. */
@FunctionalInterface
public interface RequestHandler {

    Reply handle(InboundRequest request);
}
