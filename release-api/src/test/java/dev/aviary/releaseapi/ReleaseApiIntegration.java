package dev.aviary.releaseapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.runtime.testing.TestDatabase;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * release-api on a random port with a real PostgreSQL, bootstrapped like {@code AVIARY_ADMIN_TOKEN=t0k
 * bin/aviary up}. Every test class shares the database, so tests name what they create uniquely.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "aviary.identity.admin-token=" + ReleaseApiIntegration.ADMIN_TOKEN,
            "aviary.identity.admin-password=" + ReleaseApiIntegration.ADMIN_PASSWORD
        })
public abstract class ReleaseApiIntegration {

    public static final String ADMIN_TOKEN = "t0k";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final String INTERNAL_TOKEN = "release-api-test-internal-token";
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        registry.add("aviary.security.internal-token", () -> INTERNAL_TOKEN);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected ApiClient anonymous() {
        return ApiClient.at(port);
    }

    protected ApiClient admin() {
        return ApiClient.at(port).as(ADMIN_TOKEN);
    }

    protected static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 100_000 + UNIQUE.incrementAndGet();
    }

    /** A project with the given principal as its only member in that role; returns the key. */
    protected String projectWithMember(String principal, String role, boolean production) {
        String key = unique("p");
        assertThat(admin().post("/api/v1/projects", "{\"key\":\"%s\",\"name\":\"Project %s\"}".formatted(key, key))
                        .status())
                .isEqualTo(201);
        putMember(key, principal, role, production);
        return key;
    }

    protected void putMember(String project, String principal, String role, boolean production) {
        int status = admin().put(
                        "/api/v1/projects/" + project + "/members/" + principal,
                        "{\"role\":\"%s\",\"production\":%s}".formatted(role, production))
                .status();
        assertThat(status).isIn(200, 201);
    }

    /** A new user with an unrestricted API token; returns the token. */
    protected String userWithToken(String username) {
        assertThat(admin().post("/api/v1/users", """
                        {"username":"%s","displayName":"%s","email":"%s@example.com","password":"correct horse battery"}
                        """.formatted(username, username, username))
                        .status())
                .isEqualTo(201);
        return tokenFor(username);
    }

    /** An API token for an existing user, issued by the admin as a script acting as that user would get. */
    protected String tokenFor(String username) {
        ApiClient.Reply issued =
                admin().post("/api/v1/users/" + username + "/tokens", "{\"name\":\"%s\"}".formatted(unique("t")));
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        return issued.text("token");
    }
}
