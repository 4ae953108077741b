package dev.aviary.meshagent.core.lanes;

import dev.aviary.meshagent.bootstrap.AgentClassLoader;
import dev.aviary.meshagent.bootstrap.AgentLog;
import dev.aviary.meshagent.bootstrap.AgentSettings;
import dev.aviary.meshagent.bootstrap.LaneRules;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;

/**
 * Keeps {@link LaneRules} current: long-polls release-api's lane feed ({@code GET /api/v1/lanes?after=
 * <revision>&timeoutSeconds=30}) on one daemon thread and swaps in each new revision whole. The last
 * rules are kept in a file, so an instance that starts while release-api is down routes with them.
 */
public final class LaneRulesFeed implements Runnable {

    private static final Charset UTF_8 = Charset.forName("UTF-8");
    private static final int POLL_SECONDS = 30;
    private static final long MAX_BACKOFF_MILLIS = 10_000;

    private final String baseUrl;
    private final String token;
    private final File cacheFile;
    private volatile boolean failing;

    LaneRulesFeed(String baseUrl, String token, File cacheFile) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.cacheFile = cacheFile;
    }

    /** Loads cached rules, then starts the feed thread when a control plane is configured. */
    public static void start(AgentSettings settings) {
        String url = settings.controlPlaneUrl();
        if (url.isEmpty()) {
            AgentLog.info("lane rules: no control plane (aviary.control-plane.url is not set); every lane falls"
                    + " back to the baseline and none is locked");
            return;
        }
        LaneRulesFeed feed = new LaneRulesFeed(url, settings.controlPlaneToken(), cacheFile(settings, url));
        feed.loadCache();
        Thread thread = new Thread(feed, "aviary-lane-rules");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        long backoff = 1000;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                poll();
                backoff = 1000;
            } catch (Exception failure) {
                if (!failing) {
                    failing = true;
                    AgentLog.info("lane rules: cannot read " + baseUrl + "/api/v1/lanes (" + failure.getMessage()
                            + "); keeping revision " + LaneRules.current().revision() + " and retrying");
                }
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException stop) {
                    return;
                }
                backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
            }
        }
    }

    /** One long poll: applies a new revision, or returns after the timeout when nothing changed. */
    void poll() throws IOException {
        long revision = LaneRules.current().revision();
        String query = revision < 0 ? "" : "?after=" + revision + "&timeoutSeconds=" + POLL_SECONDS;
        HttpURLConnection connection = (HttpURLConnection) new URL(baseUrl + "/api/v1/lanes" + query).openConnection();
        try {
            connection.setConnectTimeout(2000);
            connection.setReadTimeout((POLL_SECONDS + 15) * 1000);
            connection.setRequestProperty("Accept", "application/json");
            if (!token.isEmpty()) {
                connection.setRequestProperty("Authorization", "Bearer " + token);
            }
            int status = connection.getResponseCode();
            if (status == HttpURLConnection.HTTP_NOT_MODIFIED) {
                recovered();
                return;
            }
            if (status != HttpURLConnection.HTTP_OK) {
                throw new IOException("HTTP " + status
                        + (status == 401 || status == 403
                                ? ": set aviary.control-plane.token to an API token with traffic.read"
                                : ""));
            }
            String body = new String(readAll(connection.getInputStream()), UTF_8);
            apply(LaneRulesDocument.parse(body), body);
            recovered();
        } finally {
            connection.disconnect();
        }
    }

    private void apply(LaneRules rules, String body) {
        LaneRules.replace(rules);
        AgentLog.info("lane rules: revision " + rules.revision() + " (" + rules.size() + " lanes)");
        writeCache(body);
    }

    private void recovered() {
        if (failing) {
            failing = false;
            AgentLog.info("lane rules: " + baseUrl + " answers again");
        }
    }

    void loadCache() {
        if (!cacheFile.isFile()) {
            return;
        }
        try {
            LaneRules rules = LaneRulesDocument.parse(new String(Files.readAllBytes(cacheFile.toPath()), UTF_8));
            LaneRules.replace(rules);
            AgentLog.info(
                    "lane rules: revision " + rules.revision() + " (" + rules.size() + " lanes) from " + cacheFile);
        } catch (Exception unreadable) {
            AgentLog.info(
                    "lane rules: ignoring the unreadable cache " + cacheFile + " (" + unreadable.getMessage() + ")");
        }
    }

    private void writeCache(String body) {
        try {
            File directory = cacheFile.getParentFile();
            if (directory != null && !directory.isDirectory() && !directory.mkdirs()) {
                throw new IOException("cannot create " + directory);
            }
            File partial = File.createTempFile("lanes", ".partial", directory);
            Files.write(partial.toPath(), body.getBytes(UTF_8));
            Files.move(
                    partial.toPath(),
                    cacheFile.toPath(),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (Exception unwritable) {
            AgentLog.info("lane rules: cannot keep them in " + cacheFile + " (" + unwritable.getMessage() + ")");
        }
    }

    private static File cacheFile(AgentSettings settings, String url) {
        String configured = settings.cacheDirectory();
        File directory = configured.isEmpty() ? AgentClassLoader.privateDirectory() : new File(configured);
        if (directory == null) {
            directory = new File(System.getProperty("java.io.tmpdir"));
        }
        return new File(directory, "lanes-" + Integer.toHexString(url.hashCode()) + ".json");
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int read; (read = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } finally {
            in.close();
        }
    }
}
