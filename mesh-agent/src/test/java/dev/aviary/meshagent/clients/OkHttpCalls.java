package dev.aviary.meshagent.clients;

import dev.aviary.meshagent.bootstrap.LaneContext;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** OkHttp ({@code okhttp3}, the API common to 3.x and 4.x): {@code execute} and {@code enqueue}. */
final class OkHttpCalls implements ClientCalls {

    private final String url;
    /** One dispatcher thread, so every enqueued call runs on the thread earlier ones ran on. */
    private final OkHttpClient client = new OkHttpClient.Builder()
            .dispatcher(new Dispatcher(Executors.newSingleThreadExecutor()))
            .build();

    private final Request reused;

    OkHttpCalls(String url) {
        this.url = url;
        this.reused = new Request.Builder().url(url).build();
    }

    @Override
    public List<String> ways() {
        return List.of("execute", "execute-reused", "enqueue");
    }

    @Override
    public Outcome call(String way, String explicitLabel) throws Exception {
        Request request = way.endsWith("-reused") ? reused : request(explicitLabel);
        if (way.startsWith("enqueue")) {
            return enqueue(request, () -> {});
        }
        try (Response response = client.newCall(request).execute()) {
            return new Outcome(response.body().string(), null);
        }
    }

    @Override
    public void poisonWorkers() throws Exception {
        enqueue(request(null), () -> LaneContext.attach(STALE_LANE));
    }

    private Request request(String explicitLabel) {
        Request.Builder builder = new Request.Builder().url(url);
        if (explicitLabel != null) {
            builder.header(HEADER, explicitLabel);
        }
        return builder.build();
    }

    private Outcome enqueue(Request request, Runnable onDispatcherThread) throws Exception {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        client.newCall(request).enqueue(new Callback() {
            @Override
            public void onFailure(Call call, IOException failure) {
                outcome.completeExceptionally(failure);
            }

            @Override
            public void onResponse(Call call, Response response) throws IOException {
                try (Response done = response) {
                    String label = done.body().string();
                    String workerLane = Objects.toString(LaneContext.current(), "none");
                    onDispatcherThread.run();
                    outcome.complete(new Outcome(label, workerLane));
                }
            }
        });
        return outcome.get(30, TimeUnit.SECONDS);
    }
}
