package dev.aviary.releaseapi.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.releaseapi.ApiClient;
import dev.aviary.releaseapi.ReleaseApiIntegration;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The console's sign-in as the edge gateway performs it: authorization code with PKCE, the login
 * form, the token exchange, then the access token used against the API.
 */
class SignInFlowTest extends ReleaseApiIntegration {

    private final BrowserSession browser = new BrowserSession();

    @Test
    void anAdminSignsInWithPkceAndTheAccessTokenWorksOnTheApi() throws Exception {
        String verifier = "verifier-" + unique("pkce") + "-0123456789abcdefghijklmnopqrstuvwxyz";

        HttpResponse<String> first =
                browser.get(BrowserSession.authorizeUrl(base(), BrowserSession.challengeOf(verifier)));
        assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> login = browser.submitLogin(base(), "admin", ADMIN_PASSWORD);
        String code = BrowserSession.codeOf(browser.follow(login));
        JsonNode tokens = browser.exchange(base(), code, verifier);

        assertThat(tokens.path("id_token").asString()).isNotBlank();
        assertThat(tokens.path("refresh_token").asString()).isNotBlank();
        ApiClient.Reply me =
                ApiClient.at(port).as(tokens.path("access_token").asString()).get("/api/v1/users/me");
        assertThat(me.text("username")).isEqualTo("admin");
        assertThat(me.text("authentication")).isEqualTo("session");
        assertThat(admin().get("/api/v1/audit-events?actor=admin&action=session.sign-in")
                        .body()
                        .path("content")
                        .size())
                .isPositive();
    }

    @Test
    void fiveWrongPasswordsLockTheUsernameForAWhileEvenWithTheRightOneAfterwards() throws Exception {
        String name = unique("guessed");
        userWithToken(name);
        for (int i = 0; i < 5; i++) {
            browser.submitLogin(base(), name, "wrong password " + i);
        }

        HttpResponse<String> right = browser.submitLogin(base(), name, "correct horse battery");

        assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(browser.follow(right).body()).contains("Too many failed sign-ins");
        assertThat(admin().get("/api/v1/audit-events?actor=" + name + "&action=session.locked")
                        .body()
                        .path("content")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void aWrongPasswordReturnsToTheFormWithAnError() throws Exception {
        HttpResponse<String> login = browser.submitLogin(base(), "admin", "not-the-password");

        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(browser.follow(login).body()).contains("Invalid username or password");
    }

    @Test
    void anAuthorizationRequestWithoutPkceIsRefused() throws Exception {
        assertThat(browser.submitLogin(base(), "admin", ADMIN_PASSWORD).statusCode())
                .isEqualTo(302);

        HttpResponse<String> authorize = browser.get(BrowserSession.authorizeUrl(base(), null));

        assertThat(authorize.headers().firstValue("Location").orElse(authorize.body()))
                .contains("error=");
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
