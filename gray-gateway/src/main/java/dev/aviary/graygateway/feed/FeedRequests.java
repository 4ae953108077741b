package dev.aviary.graygateway.feed;

import dev.aviary.graygateway.traffic.ControlPlane;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** The feed's two calls to release-api, as docs/traffic.md defines them. */
final class FeedRequests {

    private static final Duration LIST_TIMEOUT = Duration.ofSeconds(60);
    private static final int TIMEOUT_SECONDS = 30;

    private final ControlPlane controlPlane;
    private final String feedPath;
    private final String replica;

    FeedRequests(ControlPlane controlPlane, String gateway, String replica) {
        this.controlPlane = controlPlane;
        this.feedPath = "/internal/v1/gateways/" + gateway + "/feed";
        this.replica = replica;
    }

    URI feedUri() {
        return controlPlane.uri(feedPath);
    }

    /** The long poll: a 200 with a new answer, or a 304 after about 30 s. */
    HttpResponse<byte[]> feed(String after, long applied, Duration timeout) throws IOException, InterruptedException {
        StringBuilder query = new StringBuilder(feedPath)
                .append("?replica=")
                .append(encode(replica))
                .append("&applied=")
                .append(Math.max(applied, 0))
                .append("&timeoutSeconds=")
                .append(TIMEOUT_SECONDS);
        if (after != null) {
            query.append("&after=").append(encode(after));
        }
        return controlPlane.get(query.toString(), timeout);
    }

    /** One pinned list version's entries (text/plain, one a line, blank lines ignored). */
    List<String> listEntries(String name, long version) throws IOException, InterruptedException {
        String path = "/internal/v1/traffic-lists/" + encode(name) + "/versions/" + version + "/entries";
        HttpResponse<byte[]> answer = controlPlane.get(path, LIST_TIMEOUT);
        if (answer.statusCode() != 200) {
            throw new IOException("traffic list " + name + " version " + version + ": " + answer.statusCode());
        }
        return new String(answer.body(), StandardCharsets.UTF_8)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
