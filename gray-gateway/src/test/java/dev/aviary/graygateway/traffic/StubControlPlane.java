package dev.aviary.graygateway.traffic;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * release-api as the gateway sees it (docs/traffic.md): the long-polled feed, pinned traffic list versions,
 * the JWK set of the keys lane tokens are signed with, and the stats endpoint. Lives as long as the test JVM.
 */
final class StubControlPlane {

    static final String TOKEN = "test-internal-token";
    static final String GATEWAY = "shop-ingress";

    private final HttpServer server;
    private final RSAKey signingKey;
    private final Object feedLock = new Object();
    private final AtomicInteger cursors = new AtomicInteger();
    private final Map<String, String> lists = new ConcurrentHashMap<>();
    private final Map<Long, Long> answeredAt = new ConcurrentHashMap<>();
    private final Map<Long, String> cursorOf = new ConcurrentHashMap<>();
    private final Queue<String> stats = new ConcurrentLinkedQueue<>();
    private final Queue<String> feedQueries = new ConcurrentLinkedQueue<>();
    private final Queue<String> refusedCalls = new ConcurrentLinkedQueue<>();
    private long nextVersion = 1;
    private String cursor;
    private long version;
    private String feed;

    private StubControlPlane(HttpServer server, RSAKey signingKey) {
        this.server = server;
        this.signingKey = signingKey;
    }

    static StubControlPlane start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            var stub = new StubControlPlane(
                    server, new RSAKeyGenerator(2048).keyID("test-key").generate());
            stub.publishVersion(0, "[]", "[]");
            server.createContext("/", stub::handle);
            server.setExecutor(Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "stub-control-plane");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A new policy version with these rules and lanes (JSON arrays); returns the version. */
    long publish(String rules, String lanes) {
        synchronized (feedLock) {
            long published = nextVersion;
            publishVersion(published, rules, lanes);
            return published;
        }
    }

    private void publishVersion(long published, String rules, String lanes) {
        synchronized (feedLock) {
            nextVersion = published + 1;
            version = published;
            cursor = "c" + cursors.incrementAndGet();
            cursorOf.put(published, cursor);
            feed = "{\"cursor\":\"" + cursor + "\",\"policy\":{\"version\":" + published + ",\"rules\":" + rules
                    + "},\"lanes\":" + lanes + "}";
            feedLock.notifyAll();
        }
    }

    void putList(String name, long listVersion, List<String> entries) {
        lists.put(name + "@" + listVersion, String.join("\n", entries) + "\n");
    }

    /** When (System.nanoTime) the feed first answered a long poll with this version. */
    Long answeredAt(long policyVersion) {
        return answeredAt.get(policyVersion);
    }

    /** The cursor the feed answers with for this version. */
    String cursorOf(long policyVersion) {
        return cursorOf.get(policyVersion);
    }

    List<String> stats() {
        return List.copyOf(stats);
    }

    List<String> feedQueries() {
        return List.copyOf(feedQueries);
    }

    /** Internal calls that came without the internal token. */
    List<String> refusedCalls() {
        return List.copyOf(refusedCalls);
    }

    /** A lane token as release-api issues it, signed with the stub's key. */
    String laneToken(String lane, Duration ttl) {
        return laneToken(lane, ttl, List.of("aviary-lane"));
    }

    String laneToken(String lane, Duration ttl, List<String> audience) {
        try {
            Instant now = Instant.now();
            var claims = new JWTClaimsSet.Builder()
                    .subject("tester")
                    .audience(audience)
                    .claim("lane", lane)
                    .issueTime(Date.from(now.minus(Duration.ofHours(2))))
                    .expirationTime(Date.from(now.plus(ttl)))
                    .build();
            var jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(signingKey.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token signed with a key that is not in the JWK set. */
    String laneTokenOfAStranger(String lane) {
        try {
            RSAKey stranger = new RSAKeyGenerator(2048).keyID("test-key").generate();
            var jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test-key").build(),
                    new JWTClaimsSet.Builder()
                            .subject("mallory")
                            .audience("aviary-lane")
                            .claim("lane", lane)
                            .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                            .build());
            jwt.sign(new RSASSASigner(stranger));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (path.equals("/oauth2/jwks")) {
                respond(exchange, 200, "application/json", new JWKSet(signingKey.toPublicJWK()).toString());
                return;
            }
            if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                refusedCalls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
                respond(exchange, 401, "application/problem+json", "{\"status\":401}");
                return;
            }
            if (path.equals("/internal/v1/gateways/" + GATEWAY + "/feed")) {
                feed(exchange);
            } else if (path.equals("/internal/v1/gateways/" + GATEWAY + "/stats")) {
                stats.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
            } else if (path.startsWith("/internal/v1/traffic-lists/")) {
                String[] parts = path.split("/");
                String entries = lists.get(parts[4] + "@" + parts[6]);
                if (entries == null) {
                    respond(exchange, 404, "application/problem+json", "{\"status\":404}");
                } else {
                    respond(exchange, 200, "text/plain", entries);
                }
            } else {
                respond(exchange, 404, "application/problem+json", "{\"status\":404}");
            }
        }
    }

    private void feed(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        feedQueries.add(query);
        Map<String, String> parameters = new ConcurrentHashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        String after = parameters.get("after");
        long deadline = System.nanoTime()
                + Duration.ofSeconds(Long.parseLong(parameters.get("timeoutSeconds")))
                        .toNanos();
        String answer;
        long answeredVersion;
        synchronized (feedLock) {
            while (after != null && after.equals(cursor)) {
                long remaining = (deadline - System.nanoTime()) / 1_000_000;
                if (remaining <= 0) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                try {
                    feedLock.wait(remaining);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            answer = feed;
            answeredVersion = version;
        }
        answeredAt.putIfAbsent(answeredVersion, System.nanoTime());
        respond(exchange, 200, "application/json", answer);
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
