package dev.aviary.devregistry.remote;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A unary request from a client.
 *
 * @param connection the connection it came on
 * @param type the Java simple class name the client used, such as {@code InstanceRequest}
 * @param headers the request headers (the client moves them out of the body)
 * @param body the JSON body
 */
public record InboundRequest(ClientConnection connection, String type, Map<String, String> headers, ObjectNode body) {}
