package dev.aviary.devregistry.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.aviary.devregistry.config.ConfigStore;
import dev.aviary.devregistry.naming.NamingRegistry;
import dev.aviary.devregistry.remote.InvalidRequestException;
import dev.aviary.devregistry.remote.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The main port: health for supervisors and read-only views for people (curl). Everything else under
 * {@code /nacos} answers 501 with a message saying the dev-registry does not serve it.
 */
public final class HttpEndpoint implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HttpEndpoint.class.getName());

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Route> routes = new HashMap<>();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    private HttpEndpoint(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static HttpEndpoint start(InetSocketAddress address, NamingRegistry naming, ConfigStore config)
            throws IOException {
        ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "dev-registry-http");
            thread.setDaemon(true);
            return thread;
        });
        HttpEndpoint endpoint = new HttpEndpoint(HttpServer.create(address, 64), executor);
        endpoint.routes.putAll(HealthRoutes.all());
        endpoint.routes.putAll(new NamingViews(naming).all());
        endpoint.routes.putAll(new ConfigViews(config).all());
        endpoint.server.createContext("/", endpoint::serve);
        endpoint.server.setExecutor(executor);
        endpoint.server.start();
        return endpoint;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            HttpReply reply = answer(exchange);
            byte[] body = "HEAD".equals(exchange.getRequestMethod()) ? new byte[0] : reply.body();
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private HttpReply answer(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        Route route = routes.get(path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
        if (route != null && ("GET".equals(method) || "HEAD".equals(method))) {
            try {
                return route.answer(new QueryString(exchange.getRequestURI()));
            } catch (InvalidRequestException e) {
                return HttpReply.text(400, e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, method + " " + path + " failed", e);
                return HttpReply.text(500, e.toString());
            }
        }
        String message = "aviary dev-registry does not serve " + method + " " + path
                + "; it is a development stand-in for Nacos (read-only views and health only over HTTP;"
                + " clients talk gRPC on port " + (port() + 1000) + ")";
        if (!path.startsWith("/nacos/")) {
            ObjectNode body = Json.object();
            body.put("status", 404);
            body.put("message", message);
            return HttpReply.json(404, body);
        }
        if (reported.add(method + " " + path)) {
            LOG.warning(message + " (reported once per path)");
        }
        return HttpReply.text(501, message);
    }
}
