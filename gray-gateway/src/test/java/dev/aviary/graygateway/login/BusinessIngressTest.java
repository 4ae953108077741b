package dev.aviary.graygateway.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.graygateway.edge.RunningEdge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.test.context.TestPropertySource;

/** A business-ingress deployment of the same gateway: login off, so no security at all. */
@TestPropertySource(properties = "aviary.edge.login.enabled=false")
class BusinessIngressTest extends RunningEdge {

    @Autowired
    private ApplicationContext context;

    @Test
    void noSecurityFilterIsInstalled() {
        assertThat(context.getBeansOfType(WebFilterChainProxy.class)).isEmpty();
    }

    @Test
    void requestsPassWithoutCredentialsAndWithoutCsrfToken() {
        http.get()
                .uri("/api/v1/projects/abc?ingress=1")
                .exchange()
                .expectStatus()
                .isOk();
        http.post()
                .uri("/api/v1/projects/abc?ingress=2")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(RELEASE_API.received())
                .contains("GET /api/v1/projects/abc?ingress=1", "POST /api/v1/projects/abc?ingress=2");
        assertThat(RELEASE_API.headersOf("GET /api/v1/projects/abc?ingress=1").containsKey("Authorization"))
                .isFalse();
    }

    @Test
    void cookiesAndResponsesAreLeftAlone() {
        http.get()
                .uri("/api/v1/projects/abc?ingress=3")
                .cookie("SESSION", "a-business-apps-session")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .doesNotExist("X-Frame-Options")
                .expectCookie()
                .doesNotExist("XSRF-TOKEN");

        assertThat(RELEASE_API.headersOf("GET /api/v1/projects/abc?ingress=3").get("Cookie"))
                .containsExactly("SESSION=a-business-apps-session");
    }

    @Test
    void thereIsNoSignIn() {
        http.get()
                .uri("/oauth2/authorization/aviary")
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus()
                .isNotFound();
    }
}
