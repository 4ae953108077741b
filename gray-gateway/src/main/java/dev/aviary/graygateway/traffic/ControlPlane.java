package dev.aviary.graygateway.traffic;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * release-api as the data plane calls it: blocking calls with the internal token, made from the gateway's
 * own background threads (the policy feed, the stats reporter), never from a request's path.
 */
public final class ControlPlane {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private final URI base;
    private final String authorization;
    private final HttpClient http;

    public ControlPlane(GatewayProperties.ControlPlane settings) {
        String uri = settings.uri().toString();
        this.base = URI.create(uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri);
        this.authorization = "Bearer " + settings.token();
        this.http = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public URI uri(String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }

    /** GET {@code pathAndQuery}; waits at most {@code timeout} for the whole answer. */
    public HttpResponse<byte[]> get(String pathAndQuery, Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(pathAndQuery))
                .timeout(timeout)
                .header("Authorization", authorization)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** POST a JSON body to {@code path}; the answer's body is discarded. */
    public int postJson(String path, byte[] json, Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
