package dev.aviary.releaseapi;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to a running service, as a script with an API token would make them. */
public final class ApiClient {

    /** One answer: status, headers and the body parsed as JSON (empty object when there is none). */
    public record Reply(int status, HttpHeaders headers, JsonNode body, String raw) {

        public String text(String field) {
            return body.path(field).asString();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final RestClient http;
    private final String token;

    private ApiClient(RestClient http, String token) {
        this.http = http;
        this.token = token;
    }

    public static ApiClient at(int port) {
        return new ApiClient(
                RestClient.builder()
                        .baseUrl("http://127.0.0.1:" + port)
                        .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
                        .build(),
                null);
    }

    public ApiClient as(String bearerToken) {
        return new ApiClient(http, bearerToken);
    }

    public Reply get(String path) {
        return call(HttpMethod.GET, path, null);
    }

    public Reply post(String path, String json) {
        return call(HttpMethod.POST, path, json);
    }

    public Reply put(String path, String json) {
        return call(HttpMethod.PUT, path, json);
    }

    /** A PUT with {@code If-Match}. */
    public Reply putIfMatch(String path, String ifMatch, String json) {
        RestClient.RequestBodySpec request =
                http.method(HttpMethod.PUT).uri(path).header(HttpHeaders.IF_MATCH, ifMatch);
        return send(request, json);
    }

    /** A PUT of a text/plain body, e.g. a traffic list. */
    public Reply putText(String path, byte[] text) {
        RestClient.RequestBodySpec request = http.method(HttpMethod.PUT).uri(path);
        authorize(request);
        request.contentType(MediaType.TEXT_PLAIN).body(text);
        return reply(request.retrieve().toEntity(String.class));
    }

    /** A GET whose body is text, not JSON. */
    public Reply getText(String path) {
        RestClient.RequestHeadersSpec<?> request = http.get().uri(path);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        ResponseEntity<String> response = request.retrieve().toEntity(String.class);
        String raw = response.getBody() == null ? "" : response.getBody();
        return new Reply(response.getStatusCode().value(), response.getHeaders(), JSON.createObjectNode(), raw);
    }

    public Reply patch(String path, String json) {
        return call(HttpMethod.PATCH, path, json);
    }

    public Reply delete(String path) {
        return call(HttpMethod.DELETE, path, null);
    }

    private Reply call(HttpMethod method, String path, String json) {
        return send(http.method(method).uri(path), json);
    }

    private Reply send(RestClient.RequestBodySpec request, String json) {
        authorize(request);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        return reply(request.retrieve().toEntity(String.class));
    }

    private void authorize(RestClient.RequestBodySpec request) {
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
    }

    private static Reply reply(ResponseEntity<String> response) {
        String raw = response.getBody() == null ? "" : response.getBody();
        JsonNode body = raw.isBlank() ? JSON.createObjectNode() : JSON.readTree(raw);
        return new Reply(response.getStatusCode().value(), response.getHeaders(), body, raw);
    }
}
