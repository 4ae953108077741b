package dev.aviary.envmanager;

import dev.aviary.runtime.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * env-manager on a random port with a real PostgreSQL, credentials from {@link TestPrincipals}, and
 * empty tables before every test. All tests that extend this share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestPrincipals.class)
public abstract class RunningEnvManager {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        registry.add("aviary.security.internal-token", () -> "env-manager-test-internal-token");
        // Nothing listens there, so the relay delivers nothing: audit events stay in the outbox to be read.
        registry.add("aviary.security.release-api-uri", () -> "http://127.0.0.1:9");
    }

    /** A response: its status, headers and JSON body (a missing node when there is none). */
    public record Reply(int status, HttpHeaders headers, JsonNode body) {

        public MediaType contentType() {
            return headers.getContentType();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected JsonMapper json;

    @BeforeEach
    void startFromEmptyTables() {
        jdbc.update("delete from env_manager.environments");
        jdbc.update("delete from env_manager.audit_outbox");
    }

    protected Reply get(String token, String uri) {
        return exchange(token, HttpMethod.GET, uri, null);
    }

    protected Reply post(String token, String uri, String body) {
        return exchange(token, HttpMethod.POST, uri, body);
    }

    protected Reply patch(String token, String uri, String body) {
        return exchange(token, HttpMethod.PATCH, uri, body);
    }

    protected Reply delete(String token, String uri) {
        return exchange(token, HttpMethod.DELETE, uri, null);
    }

    protected int storedEnvironments() {
        return jdbc.queryForObject("select count(*) from env_manager.environments", Integer.class);
    }

    /** The audit events waiting in the outbox, oldest first. */
    protected List<JsonNode> auditEvents() {
        return jdbc
                .queryForList("select payload from env_manager.audit_outbox order by position", String.class)
                .stream()
                .map(json::readTree)
                .toList();
    }

    private Reply exchange(String token, HttpMethod method, String uri, String body) {
        RestClient.RequestBodySpec request = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> {})
                .build()
                .method(method)
                .uri(uri);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        ResponseEntity<String> response = request.retrieve().toEntity(String.class);
        JsonNode parsed = response.getBody() == null ? json.missingNode() : json.readTree(response.getBody());
        return new Reply(response.getStatusCode().value(), response.getHeaders(), parsed);
    }
}
