package dev.aviary.releaseapi.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.releaseapi.ApiClient;
import dev.aviary.releaseapi.ReleaseApiIntegration;
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
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's sign-in as the edge gateway performs it: authorization code with PKCE, the login
 * form, the token exchange, then the access token used against the API.
 */
class SignInFlowTest extends ReleaseApiIntegration {

    private static final String REDIRECT = "http://localhost:8080/login/oauth2/code/aviary";
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void anAdminSignsInWithPkceAndTheAccessTokenWorksOnTheApi() throws Exception {
        String verifier = "verifier-" + unique("pkce") + "-0123456789abcdefghijklmnopqrstuvwxyz";

        String code = signIn("admin", ADMIN_PASSWORD, challengeOf(verifier));
        JsonNode tokens = exchange(code, verifier);

        String accessToken = tokens.path("access_token").asString();
        assertThat(tokens.path("id_token").asString()).isNotBlank();
        assertThat(tokens.path("refresh_token").asString()).isNotBlank();
        ApiClient.Reply me = ApiClient.at(port).as(accessToken).get("/api/v1/users/me");
        assertThat(me.text("username")).isEqualTo("admin");
        assertThat(me.text("authentication")).isEqualTo("session");
    }

    @Test
    void aWrongPasswordReturnsToTheFormWithAnError() throws Exception {
        HttpResponse<String> login = submitLogin("admin", "not-the-password");

        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(get(login.headers().firstValue("Location").orElseThrow()).body())
                .contains("Invalid username or password");
    }

    @Test
    void anAuthorizationRequestWithoutPkceIsRefused() throws Exception {
        HttpResponse<String> login = submitLogin("admin", ADMIN_PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);

        HttpResponse<String> authorize = get(authorizeUrl(null));

        assertThat(authorize.headers().firstValue("Location").orElse(authorize.body()))
                .contains("error=");
    }

    private String signIn(String username, String password, String challenge) throws Exception {
        HttpResponse<String> first = get(authorizeUrl(challenge));
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> login = submitLogin(username, password);
        HttpResponse<String> back = get(login.headers().firstValue("Location").orElseThrow());
        String location = back.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(REDIRECT).contains("state=s1");
        Matcher code = Pattern.compile("code=([^&]+)").matcher(location);
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    private HttpResponse<String> submitLogin(String username, String password) throws Exception {
        String page = get(base() + "/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
        return send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        form("username", username, "password", password, "_csrf", csrf.group(1)))));
    }

    private JsonNode exchange(String code, String verifier) throws Exception {
        String basic =
                Base64.getEncoder().encodeToString("aviary-edge:dev-only-edge-secret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form(
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "redirect_uri",
                        REDIRECT,
                        "code_verifier",
                        verifier))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    private String authorizeUrl(String challenge) {
        String url =
                base() + "/oauth2/authorize?response_type=code&client_id=aviary-edge&scope=openid%20profile&state=s1"
                        + "&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8);
        return challenge == null ? url : url + "&code_challenge=" + challenge + "&code_challenge_method=S256";
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        String absolute = url.startsWith("http") ? url : base() + url;
        return send(HttpRequest.newBuilder(URI.create(absolute))
                .header("Accept", "text/html")
                .GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (body.length() > 0) body.append('&');
            body.append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private static String challengeOf(String verifier) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
