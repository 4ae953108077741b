package dev.aviary.laneecho;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Answers every request with who answered and which lane label arrived, as JSON. {@code ?status=503}
 * answers with that status instead of 200, so error accounting can be tested.
 */
final class EchoHandler implements HttpHandler {

    private final EchoSettings settings;
    private volatile int port;

    EchoHandler(EchoSettings settings) {
        this.settings = settings;
    }

    void listeningOn(int port) {
        this.port = port;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String received = exchange.getRequestHeaders().getFirst(settings.labelHeader());
            byte[] body = ("{\"service\":" + json(settings.service())
                            + ",\"lane\":" + json(settings.lane())
                            + ",\"version\":" + json(settings.version())
                            + ",\"port\":" + port
                            + ",\"receivedLane\":" + json(received)
                            + ",\"path\":" + json(exchange.getRequestURI().getRawPath())
                            + "}\n")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status(exchange.getRequestURI().getRawQuery()), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static int status(String query) {
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("status=")) {
                    try {
                        int status = Integer.parseInt(pair.substring(7));
                        if (status >= 200 && status <= 599) {
                            return status;
                        }
                    } catch (NumberFormatException ignored) {
                        // not a status: answer 200
                    }
                }
            }
        }
        return 200;
    }

    private static String json(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
