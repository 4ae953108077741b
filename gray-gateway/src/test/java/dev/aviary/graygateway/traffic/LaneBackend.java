package dev.aviary.graygateway.traffic;

import com.sun.net.httpserver.HttpServer;
import dev.aviary.registryclient.LaneInstance;
import dev.aviary.registryclient.RegistryConnection;
import dev.aviary.registryclient.RegistryException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * One instance of a business service on a real socket: registers in the registry with its lane and version
 * (over its own connection, as a separate JVM would), and answers every request with its version, echoing the
 * lane header it received in {@code X-Seen-Lane} and whether a token header reached it in {@code X-Seen-Token}.
 */
final class LaneBackend {

    private final HttpServer server;
    private final RegistryConnection registry;
    private final LaneInstance instance;

    private LaneBackend(HttpServer server, RegistryConnection registry, LaneInstance instance) {
        this.server = server;
        this.registry = registry;
        this.instance = instance;
    }

    static LaneBackend start(String registryAddr, String service, String lane, String version) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                try (exchange) {
                    exchange.getRequestBody().readAllBytes();
                    String seenLane = exchange.getRequestHeaders().getFirst("x-aviary-lane");
                    exchange.getResponseHeaders().add("X-Seen-Lane", seenLane == null ? "-" : seenLane);
                    exchange.getResponseHeaders()
                            .add(
                                    "X-Seen-Token",
                                    String.valueOf(exchange.getRequestHeaders().containsKey("x-aviary-lane-token")));
                    byte[] body = version.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "text/plain");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
            });
            server.setExecutor(Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, service + "-" + version);
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            RegistryConnection registry = RegistryConnection.open(registryAddr, "", null);
            var backend = new LaneBackend(
                    server,
                    registry,
                    LaneInstance.of(service, "127.0.0.1", server.getAddress().getPort(), lane, version));
            backend.register();
            return backend;
        } catch (IOException | RegistryException e) {
            throw new IllegalStateException("cannot start " + service + " " + version, e);
        }
    }

    void register() throws RegistryException {
        registry.register(instance);
    }

    void deregister() throws RegistryException {
        registry.deregister(instance);
    }
}
