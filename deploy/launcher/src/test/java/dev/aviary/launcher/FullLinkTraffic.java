package dev.aviary.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Requests through the demo ingress (bin/aviary up --demo) from users 0..n-1, every fifth with the
 * feature-x header, compared hop by hop with the chain each one's lane must take.
 */
final class FullLinkTraffic {

    /** One request's user, the lane the demo policy gives it, and what came back. */
    record Hop(int user, boolean feature, String lane, int status, String chain) {}

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int port;

    FullLinkTraffic(int port) {
        this.port = port;
    }

    /** The demo policy (DemoCommand.POLICY): testers and tail-7 users are gray, then x-feature: x is feature-x. */
    static String laneOf(int user, boolean feature) {
        if (user == 1001 || user == 1002 || user % 10 == 7) {
            return "gray";
        }
        return feature ? "feature-x" : null;
    }

    /** The chain a request of {@code lane} must take when every demo instance is up. */
    static String expectedChain(String lane, boolean grayC) {
        if (lane == null) {
            return "demo-a@v1[-] > demo-b@v1[-] > demo-c@v1[-]";
        }
        if (lane.equals("gray")) {
            return "demo-a@v1[gray] > demo-b@v2[gray] > demo-c@" + (grayC ? "v2" : "v1") + "[gray]";
        }
        // No demo-b in feature-x: B falls back to v1, which still carries the label on to C v3.
        return "demo-a@v1[feature-x] > demo-b@v1[feature-x] > demo-c@v3[feature-x]";
    }

    List<Hop> send(int users, int parallel) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<Hop>> answers = new ArrayList<>();
            for (int user = 0; user < users; user++) {
                int id = user;
                answers.add(threads.submit(() -> hop(id, id % 5 == 0)));
            }
            List<Hop> hops = new ArrayList<>();
            for (Future<Hop> answer : answers) {
                hops.add(answer.get());
            }
            return hops;
        } finally {
            threads.shutdownNow();
        }
    }

    Hop hop(int user, boolean feature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hop"))
                .timeout(Duration.ofSeconds(15))
                .header("x-user-id", Integer.toString(user));
        if (feature) {
            request.header("x-feature", "x");
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Hop(
                    user,
                    feature,
                    laneOf(user, feature),
                    response.statusCode(),
                    response.body().trim());
        } catch (Exception failed) {
            return new Hop(user, feature, laneOf(user, feature), -1, failed.toString());
        }
    }

    /** How many requests of each lane were sent (baseline as "baseline"). */
    static Map<String, Long> perLane(List<Hop> hops) {
        Map<String, Long> counts = new TreeMap<>();
        hops.forEach(hop -> counts.merge(hop.lane() == null ? "baseline" : hop.lane(), 1L, Long::sum));
        return counts;
    }
}
