package dev.aviary.devregistry.remote;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Routes a request to the handler of its type. A type without a handler gets an {@code ErrorResponse}
 * saying so, and the registry logs that type once: the client is never left waiting.
 */
public final class RequestDispatcher {

    private static final Logger LOG = Logger.getLogger(RequestDispatcher.class.getName());

    private final Map<String, RequestHandler> handlers = new ConcurrentHashMap<>();
    private final Set<String> reportedTypes = ConcurrentHashMap.newKeySet();

    public RequestDispatcher handle(String type, RequestHandler handler) {
        if (handlers.putIfAbsent(type, handler) != null) {
            throw new IllegalStateException("two handlers for " + type);
        }
        return this;
    }

    public Reply dispatch(InboundRequest request) {
        RequestHandler handler = handlers.get(request.type());
        if (handler == null) {
            return unsupported(request.type());
        }
        try {
            return handler.handle(request);
        } catch (InvalidRequestException e) {
            return Reply.error(400, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "failed to handle " + request.type(), e);
            return Reply.error(500, request.type() + " failed in the aviary dev-registry: " + e);
        }
    }

    /** The answer to a type the registry does not implement; logs the type the first time it is seen. */
    public Reply unsupported(String type) {
        String message = unsupportedMessage(type);
        if (reportedTypes.add(type)) {
            LOG.warning(message + " (reported once per type)");
        }
        return Reply.error(Reply.NO_HANDLER, message);
    }

    public static String unsupportedMessage(String type) {
        return "aviary dev-registry does not support " + type
                + "; it is a development stand-in for Nacos, production uses a Nacos cluster";
    }
}
