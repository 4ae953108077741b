package dev.aviary.releaseapi.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser as far as sign-in needs one: cookies kept, redirects shown rather than followed, and the
 * steps the edge gateway performs (authorization request with PKCE, code exchange).
 */
final class BrowserSession {

    static final String EDGE_REDIRECT = "http://localhost:8080/login/oauth2/code/aviary";
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/html")
                .GET());
    }

    /** Follows one redirect of a response. */
    HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return get(location.startsWith("http") ? location : origin(response.uri()) + location);
    }

    HttpResponse<String> submitLogin(String base, String username, String password)
            throws IOException, InterruptedException {
        String page = get(base + "/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
        return send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        form("username", username, "password", password, "_csrf", csrf.group(1)))));
    }

    static String authorizeUrl(String base, String challenge) {
        String url = base + "/oauth2/authorize?response_type=code&client_id=aviary-edge&scope=openid%20profile&state=s1"
                + "&redirect_uri=" + URLEncoder.encode(EDGE_REDIRECT, StandardCharsets.UTF_8);
        return challenge == null ? url : url + "&code_challenge=" + challenge + "&code_challenge_method=S256";
    }

    static String codeOf(HttpResponse<String> redirectToEdge) {
        String location = redirectToEdge.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(EDGE_REDIRECT).contains("state=s1");
        Matcher code = Pattern.compile("code=([^&]+)").matcher(location);
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    JsonNode exchange(String base, String code, String verifier) throws IOException, InterruptedException {
        String basic =
                Base64.getEncoder().encodeToString("aviary-edge:dev-only-edge-secret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form(
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "redirect_uri",
                        EDGE_REDIRECT,
                        "code_verifier",
                        verifier))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (body.length() > 0) body.append('&');
            body.append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }
}
