package dev.aviary.graygateway.edge;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * A stand-in for one platform service on a real 127.0.0.1 socket, so the edge routes, probes and
 * fails exactly as it does in production. Stubs live as long as the test JVM, like the cached
 * Spring context that points at them.
 */
public final class StubService {

    /** How an actuator answers {@code /actuator/health}. */
    static final String ACTUATOR_JSON = "application/vnd.spring-boot.actuator.v3+json";

    /** What release-api answers for {@code GET /api/v1/projects/abc}. */
    public static final String PROJECT_ABC = "{\"name\":\"abc\",\"owner\":\"team-a\"}";

    /** What release-api answers for any other project. */
    public static final String PROJECT_NOT_FOUND =
            "{\"type\":\"/problems/project-not-found\",\"title\":\"Not Found\",\"status\":404,"
                    + "\"detail\":\"No project is named missing.\"}";

    private final URI uri;
    private final Queue<String> received = new ConcurrentLinkedQueue<>();
    private final Map<String, Headers> headers = new ConcurrentHashMap<>();
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    /** Held so the socket is not collected (and closed) while the test JVM runs. */
    private final Object listener;

    private StubService(URI uri, Object listener) {
        this.uri = uri;
        this.listener = listener;
    }

    /** Healthy; owns {@code projects}: {@code abc} exists, every other project is a 404 problem. */
    static StubService releaseApi() {
        return serving(exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/actuator/health")) {
                respond(exchange, 200, ACTUATOR_JSON, "{\"status\":\"UP\"}");
            } else if (path.equals("/api/v1/projects/abc")) {
                exchange.getResponseHeaders().add("X-Project-Revision", "7");
                respond(exchange, 200, "application/json", PROJECT_ABC);
            } else {
                respond(exchange, 404, "application/problem+json", PROJECT_NOT_FOUND);
            }
        });
    }

    /** Healthy, and owns nothing the tests ask for. */
    static StubService healthy() {
        return serving(exchange -> {
            if (exchange.getRequestURI().getPath().equals("/actuator/health")) {
                respond(exchange, 200, ACTUATOR_JSON, "{\"status\":\"UP\"}");
            } else {
                respond(exchange, 404, "text/plain", "not here");
            }
        });
    }

    /** Answers, but reports itself DOWN with a 503, as an actuator does when a dependency is down. */
    static StubService reportingDown() {
        return serving(exchange -> respond(exchange, 503, ACTUATOR_JSON, "{\"status\":\"DOWN\"}"));
    }

    /** Accepts connections (the kernel completes them) but never reads a request nor answers. */
    static StubService silent() {
        try {
            var socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            return new StubService(URI.create("http://127.0.0.1:" + socket.getLocalPort()), socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nothing listens: a port that was free a moment ago. */
    static StubService closedPort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new StubService(URI.create("http://127.0.0.1:" + socket.getLocalPort()), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI uri() {
        return uri;
    }

    /** Every request line this stub received, as {@code METHOD raw-uri}. */
    public List<String> received() {
        return List.copyOf(received);
    }

    /** The headers of the latest request with this request line ({@code METHOD raw-uri}). */
    public Headers headersOf(String requestLine) {
        Headers requestHeaders = headers.get(requestLine);
        if (requestHeaders == null) {
            throw new AssertionError(requestLine + " was not received; received: " + received());
        }
        return requestHeaders;
    }

    /** The body of the latest request with this request line. */
    public String bodyOf(String requestLine) {
        headersOf(requestLine);
        return bodies.get(requestLine);
    }

    private static StubService serving(HttpHandler handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            var stub = new StubService(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort()), server);
            HttpHandler recording = exchange -> {
                String requestLine = exchange.getRequestMethod() + " " + exchange.getRequestURI();
                stub.headers.put(requestLine, exchange.getRequestHeaders());
                stub.bodies.put(
                        requestLine, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                stub.received.add(requestLine);
                handler.handle(exchange);
            };
            server.createContext("/", recording);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
