package dev.aviary.graygateway.login;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * A stand-in for release-api's authorization server on a real 127.0.0.1 socket: the back-channel
 * endpoints the edge calls (token, JWK set, user info), signing ID tokens with its own RSA key. Tests play
 * the browser and the sign-in page: the authorization code they hand the edge is the {@code nonce} of the
 * authorization request, which this stub puts back into the ID token.
 */
public final class StubIdentityProvider {

    public static final String USER = "alice";
    public static final String ACCESS_TOKEN = "access-token-1";
    public static final String REFRESH_TOKEN = "refresh-token-1";
    public static final String REFRESHED_ACCESS_TOKEN = "access-token-2";

    /** A call to {@code /oauth2/token}: its client authentication header and its form. */
    public record TokenRequest(String authorization, Map<String, String> form) {}

    private final URI uri;
    private final RSAKey key;
    private final Queue<TokenRequest> tokenRequests = new ConcurrentLinkedQueue<>();
    /** Held so the socket is not collected (and closed) while the test JVM runs. */
    private final HttpServer server;

    private StubIdentityProvider(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
        this.uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public static StubIdentityProvider start() {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            var stub = new StubIdentityProvider(
                    server, new RSAKeyGenerator(2048).keyID("stub-key").generate());
            server.createContext("/oauth2/token", stub::token);
            server.createContext("/oauth2/jwks", exchange -> respond(exchange, 200, stub.jwkSet()));
            server.createContext(
                    "/userinfo", exchange -> respond(exchange, 200, "{\"sub\":\"" + USER + "\",\"name\":\"Alice\"}"));
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The issuer, and where the edge reaches this stub. */
    public URI uri() {
        return uri;
    }

    public List<TokenRequest> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form =
                parseForm(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        tokenRequests.add(new TokenRequest(exchange.getRequestHeaders().getFirst("Authorization"), form));
        Map<String, Object> answer = new LinkedHashMap<>();
        if ("authorization_code".equals(form.get("grant_type"))) {
            answer.put("access_token", ACCESS_TOKEN);
            answer.put("refresh_token", REFRESH_TOKEN);
            answer.put("id_token", idToken(form.get("code")));
        } else if ("refresh_token".equals(form.get("grant_type")) && REFRESH_TOKEN.equals(form.get("refresh_token"))) {
            answer.put("access_token", REFRESHED_ACCESS_TOKEN);
            answer.put("refresh_token", REFRESH_TOKEN);
        } else {
            respond(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        answer.put("token_type", "Bearer");
        answer.put("expires_in", 300);
        answer.put("scope", "openid profile");
        respond(exchange, 200, JSONObjectUtils.toJSONString(answer));
    }

    private String idToken(String nonce) {
        Instant now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer(uri.toString())
                .subject(USER)
                .audience("aviary-edge")
                .claim("azp", "aviary-edge")
                .claim("nonce", nonce)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .build();
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private String jwkSet() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(
                        URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
