package dev.aviary.meshagent.lanes;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The next service in the chain: answers with the lane label it received, or {@code none}; a named instance
 * ({@link #start(String)}) answers {@code <instance>:<label>}, so that a caller can tell which instance it reached.
 */
public final class DownstreamServer {

    private final HttpServer server;

    private DownstreamServer(HttpServer server) {
        this.server = server;
    }

    public static DownstreamServer start() throws IOException {
        return start(null);
    }

    public static DownstreamServer start(String instance) throws IOException {
        // Headers and body go out in two writes; without this, Nagle and delayed ACKs cost 40 ms a call.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String label = exchange.getRequestHeaders().getFirst("x-aviary-lane");
            String seen = label == null ? "none" : label;
            byte[] body = (instance == null ? seen : instance + ":" + seen).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return new DownstreamServer(server);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public void stop() {
        server.stop(0);
    }
}
