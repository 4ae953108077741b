package dev.aviary.releaseapi.authserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.releaseapi.ApiClient;
import dev.aviary.releaseapi.ReleaseApiApplication;
import dev.aviary.releaseapi.ReleaseApiIntegration;
import dev.aviary.runtime.testing.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-in through an external OIDC provider. The provider here is a second, real Aviary identity
 * server with its own schema ("corp"), as a company IdP would be.
 */
class ExternalProviderSignInTest {

    private ConfigurableApplicationContext corp;
    private ConfigurableApplicationContext aviary;

    @AfterEach
    void stop() {
        if (aviary != null) aviary.close();
        if (corp != null) corp.close();
    }

    @Test
    void aPersonFromTheCompanyProviderIsProvisionedAndGetsAviaryTokens() throws Exception {
        int corpPort = freePort();
        int aviaryPort = freePort();
        String corpBase = "http://127.0.0.1:" + corpPort;
        String aviaryBase = "http://127.0.0.1:" + aviaryPort;
        corp = start(
                corpPort,
                "corp_idp",
                "aviary.security.issuer=" + corpBase,
                "aviary.identity.edge-client-id=aviary-release-api",
                "aviary.identity.edge-client-secret=corp-secret",
                "aviary.identity.edge-urls=" + aviaryBase,
                "aviary.identity.admin-token=corp-admin",
                "server.servlet.session.cookie.name=CORP_IDP_SESSION");
        ApiClient corpApi = ApiClient.at(corpPort).as("corp-admin");
        assertThat(corpApi.post("/api/v1/users", """
                        {"username":"carol","displayName":"Carol Corp","password":"carol's long password"}
                        """).status()).isEqualTo(201);
        aviary = start(
                aviaryPort,
                "external_signin",
                "aviary.security.issuer=" + aviaryBase,
                "aviary.identity.admin-token=aviary-admin",
                "spring.security.oauth2.client.registration.aviary.client-id=aviary-release-api",
                "spring.security.oauth2.client.registration.aviary.client-secret=corp-secret",
                "spring.security.oauth2.client.registration.aviary.client-name=Corp SSO",
                "spring.security.oauth2.client.registration.aviary.scope=openid,profile",
                "spring.security.oauth2.client.provider.aviary.issuer-uri=" + corpBase);
        BrowserSession browser = new BrowserSession();
        String verifier = "external-verifier-0123456789abcdefghijklmnopqrstuvwxyz";

        HttpResponse<String> toLogin =
                browser.get(BrowserSession.authorizeUrl(aviaryBase, BrowserSession.challengeOf(verifier)));
        assertThat(browser.follow(toLogin).body()).contains("Sign in with Corp SSO");
        HttpResponse<String> toCorp = browser.get(aviaryBase + "/oauth2/authorization/aviary");
        assertThat(toCorp.headers().firstValue("Location").orElseThrow())
                .startsWith(corpBase + "/oauth2/authorize")
                .contains("code_challenge=");
        assertThat(browser.follow(toCorp).headers().firstValue("Location").orElseThrow())
                .endsWith("/login");
        HttpResponse<String> corpLogin = browser.submitLogin(corpBase, "carol", "carol's long password");
        HttpResponse<String> callback = browser.follow(browser.follow(corpLogin));
        HttpResponse<String> backToEdge = browser.follow(callback);
        String accessToken = browser.exchange(aviaryBase, BrowserSession.codeOf(backToEdge), verifier)
                .path("access_token")
                .asString();

        ApiClient.Reply me = ApiClient.at(aviaryPort).as(accessToken).get("/api/v1/users/me");
        assertThat(me.text("username")).isEqualTo("carol");
        assertThat(me.text("displayName")).isEqualTo("carol");
        assertThat(ApiClient.at(aviaryPort)
                        .as("aviary-admin")
                        .get("/api/v1/audit-events?target=user/carol")
                        .raw())
                .contains("\"action\":\"user.create\"");
    }

    /** A release-api with a database of its own, as two separate installations would have. */
    private static ConfigurableApplicationContext start(int port, String database, String... specific) {
        JdbcTemplate server = new JdbcTemplate(TestDatabase.instance().getPostgresDatabase());
        if (server.queryForList("select 1 from pg_database where datname = ?", database)
                .isEmpty()) {
            server.execute("create database " + database);
        }
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--spring.datasource.url=" + TestDatabase.instance().getJdbcUrl("postgres", database),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--aviary.security.internal-token=" + ReleaseApiIntegration.INTERNAL_TOKEN));
        for (String property : specific) {
            args.add("--" + property);
        }
        return new SpringApplicationBuilder(ReleaseApiApplication.class).run(args.toArray(String[]::new));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
