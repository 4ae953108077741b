package dev.aviary.meshagent.lanes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The ways a service calls the next one, each returning the label the next one saw. The pools are shared
 * by every request, as in a real service, so a later call may run on a thread that served a gray one.
 */
public final class Calls {

    static volatile String downstream;

    static final ThreadPoolExecutor POOL =
            new ThreadPoolExecutor(2, 2, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>());
    static final ScheduledThreadPoolExecutor SCHEDULER = new ScheduledThreadPoolExecutor(1);
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Calls() {}

    /**
     * The ways exercised inside a request; {@code explicit} sets its own label, {@code filter} calls from a
     * servlet filter (with {@code url}) instead of the servlet.
     */
    static final String[] WAYS = {
        "filter",
        "url",
        "explicit",
        "pool",
        "scheduled",
        "async",
        "async-then",
        "async-common-pool",
        "parallel",
        "client"
    };

    /** The ways work is handed to another thread, tried again after the requests ended. */
    static final String[] HAND_OFFS = {"pool", "scheduled", "async", "async-then", "async-common-pool", "parallel"};

    static String via(String way) throws Exception {
        switch (way) {
            case "url":
                return urlConnection(null);
            case "explicit":
                return urlConnection("blue");
            case "pool":
                return POOL.submit(() -> urlConnection(null)).get(30, TimeUnit.SECONDS);
            case "scheduled":
                return SCHEDULER
                        .schedule(() -> urlConnection(null), 1, TimeUnit.MILLISECONDS)
                        .get(30, TimeUnit.SECONDS);
            case "async":
                return CompletableFuture.supplyAsync(() -> urlConnection(null)).get(30, TimeUnit.SECONDS);
            case "async-then":
                return CompletableFuture.supplyAsync(() -> "first")
                        .thenApplyAsync(first -> urlConnection(null))
                        .get(30, TimeUnit.SECONDS);
            case "async-common-pool":
                return CompletableFuture.supplyAsync(() -> urlConnection(null), ForkJoinPool.commonPool())
                        .get(30, TimeUnit.SECONDS);
            case "parallel":
                // Every element's call, deduplicated: "gray" only when all of them, on whichever thread, saw gray.
                return IntStream.range(0, 16)
                        .parallel()
                        .mapToObj(i -> urlConnection(null))
                        .distinct()
                        .sorted()
                        .collect(Collectors.joining("+"));
            case "client":
                HttpRequest request =
                        HttpRequest.newBuilder(URI.create(downstream)).GET().build();
                return CLIENT.send(request, HttpResponse.BodyHandlers.ofString())
                        .body();
            default:
                throw new IllegalArgumentException(way);
        }
    }

    static String urlConnection(String explicitLabel) {
        try {
            HttpURLConnection connection =
                    (HttpURLConnection) URI.create(downstream).toURL().openConnection();
            if (explicitLabel != null) {
                connection.setRequestProperty("x-aviary-lane", explicitLabel);
            }
            try (InputStream in = connection.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
