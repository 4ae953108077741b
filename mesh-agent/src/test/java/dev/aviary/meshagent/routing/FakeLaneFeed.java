package dev.aviary.meshagent.routing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * release-api's lane feed as the agent sees it ({@code GET /api/v1/lanes[?after=N&timeoutSeconds=S]},
 * docs/traffic.md): the current document when its revision is newer than {@code after}, else 304 after
 * a short wait. Records the Authorization headers it received.
 */
public final class FakeLaneFeed implements AutoCloseable {

    private final HttpServer server;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile long revision;
    private volatile String document;

    public FakeLaneFeed(long revision, String lanesJson) throws IOException {
        publish(revision, lanesJson);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/api/v1/lanes", this::answer);
        server.start();
    }

    /** Replaces the feed's lanes ({@code [{"name": ..., "strict": ..., "lockedServices": [...]}]}). */
    public void publish(long newRevision, String lanesJson) {
        document = "{\"revision\": " + newRevision + ", \"lanes\": " + lanesJson + "}";
        revision = newRevision;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<String> authorizations() {
        return authorizations;
    }

    private void answer(HttpExchange exchange) throws IOException {
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        String query = exchange.getRequestURI().getQuery();
        long after = query != null && query.startsWith("after=")
                ? Long.parseLong(query.substring("after=".length()).split("&")[0])
                : -1;
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (revision <= after && System.nanoTime() < deadline) {
            sleep();
        }
        if (revision <= after) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        byte[] body = document.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
