package dev.aviary.devregistry.remote;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The answer to a request: the response type the client expects and its JSON body.
 *
 * @param type the simple class name of a response the client knows, such as {@code InstanceResponse}
 * @param body the JSON body
 */
public record Reply(String type, ObjectNode body) {

    /** The real server's code for "no handler for this request type". */
    public static final int NO_HANDLER = 302;

    /** The real server's code for "this connection is not registered": the client reconnects. */
    public static final int UN_REGISTER = 301;

    /** A successful response of the given type; callers add its fields. */
    public static Reply success(String type) {
        ObjectNode body = Json.object();
        body.put("resultCode", 200);
        body.put("errorCode", 0);
        return new Reply(type, body);
    }

    /** A failed response of the given type, which the client reads as a result and not as an exception. */
    public static Reply failure(String type, int errorCode, String message) {
        ObjectNode body = Json.object();
        body.put("resultCode", 500);
        body.put("errorCode", errorCode);
        body.put("message", message);
        return new Reply(type, body);
    }

    /** An {@code ErrorResponse}: the client throws {@code NacosException(errorCode, message)}. */
    public static Reply error(int errorCode, String message) {
        return failure("ErrorResponse", errorCode, message);
    }
}
