package dev.aviary.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calls to the running platform's API as a script with an API token makes them. */
final class EdgeApi {

    record Reply(int status, String body) {

        /** A top-level string field of the JSON body (enough for ids, names and tokens). */
        String field(String name) {
            Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(body);
            if (!value.find()) {
                throw new AssertionError("no field " + name + " in " + body);
            }
            return value.group(1);
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String token;

    EdgeApi(String base, String token) {
        this.base = base;
        this.token = token;
    }

    EdgeApi as(String otherToken) {
        return new EdgeApi(base, otherToken);
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    Reply post(String path, String json) throws IOException, InterruptedException {
        return send("POST", path, json);
    }

    Reply put(String path, String json) throws IOException, InterruptedException {
        return send("PUT", path, json);
    }

    private Reply send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }
}
