package dev.aviary.devregistry.grpc;

import java.util.Map;

/**
 * The one message of the Nacos gRPC services ({@code nacos_grpc_service.proto}):
 * {@code Payload { Metadata metadata = 2; google.protobuf.Any body = 3; }} with
 * {@code Metadata { string type = 3; string clientIp = 8; map<string,string> headers = 7; }}.
 *
 * @param type the Java simple class name of the request or response
 * @param clientIp the client's local address, as it reports it (empty in responses)
 * @param headers the request headers
 * @param body UTF-8 JSON; the client leaves {@code Any.type_url} empty, and so does the registry
 */
record Payload(String type, String clientIp, Map<String, String> headers, byte[] body) {

    static Payload of(String type, byte[] body) {
        return new Payload(type, "", Map.of(), body);
    }
}
