package dev.aviary.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * The done-when setup of a gray release on the running platform: demo service {@code demo} in v1
 * (baseline) and v2 (lane gray) and a business ingress in front, driven over plain HTTP.
 */
final class GrayRelease implements AutoCloseable {

    static final String SERVICE = "demo";

    private final Path repo;
    private final Path home;
    private final String gateway;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private LaneEchoProcess v1;
    private LaneEchoProcess gray;
    private BusinessIngress ingress;

    GrayRelease(Path repo, Path home, String gateway, int port) {
        this.repo = repo;
        this.home = home;
        this.gateway = gateway;
        this.port = port;
    }

    void startBackends() throws IOException {
        v1 = LaneEchoProcess.start(repo, home, SERVICE, "", "v1");
        startGray();
    }

    void startGray() throws IOException {
        gray = LaneEchoProcess.start(repo, home, SERVICE, "gray", "v2");
    }

    void stopGray() throws InterruptedException {
        gray.close();
        gray = null;
    }

    void startIngress() throws IOException {
        ingress = BusinessIngress.start(repo, home, gateway, port);
    }

    void stopIngress() throws InterruptedException {
        ingress.close();
        ingress = null;
    }

    LaneAnswer send(Map<String, String> headers) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(headers), HttpResponse.BodyHandlers.ofString());
        return LaneAnswer.of(response.statusCode(), response.body());
    }

    LaneAnswer asUser(String userId) throws IOException, InterruptedException {
        return send(Map.of("x-user-id", userId));
    }

    /** One request per user, at most {@code parallel} in flight; answers in the order of {@code userIds}. */
    List<LaneAnswer> asUsers(List<String> userIds, int parallel) throws InterruptedException {
        Semaphore inFlight = new Semaphore(parallel);
        List<CompletableFuture<LaneAnswer>> answers = new ArrayList<>(userIds.size());
        for (String userId : userIds) {
            inFlight.acquire();
            answers.add(http.sendAsync(request(Map.of("x-user-id", userId)), HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> {
                        inFlight.release();
                        return failure == null
                                ? LaneAnswer.of(response.statusCode(), response.body())
                                : LaneAnswer.of(-1, String.valueOf(failure));
                    }));
        }
        return answers.stream().map(CompletableFuture::join).toList();
    }

    private HttpRequest request(Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ingress.url("/orders")));
        headers.forEach(request::header);
        return request.build();
    }

    @Override
    public void close() throws InterruptedException {
        for (AutoCloseable process : new AutoCloseable[] {ingress, gray, v1}) {
            if (process != null) {
                try {
                    process.close();
                } catch (Exception e) {
                    System.err.println("could not stop " + process + ": " + e);
                }
            }
        }
    }
}
