package dev.aviary.meshagent.clients;

import dev.aviary.meshagent.bootstrap.LaneContext;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.http.HttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.concurrent.FutureCallback;
import org.apache.http.impl.nio.client.CloseableHttpAsyncClient;
import org.apache.http.impl.nio.client.HttpAsyncClients;
import org.apache.http.impl.nio.reactor.IOReactorConfig;
import org.apache.http.util.EntityUtils;

/** Apache {@code httpasyncclient} 4.1 with one I/O dispatcher thread, which completes every call. */
final class ApacheHttpAsyncClient4Calls implements ClientCalls {

    private final String url;
    private final CloseableHttpAsyncClient client;
    private final HttpGet reused;

    ApacheHttpAsyncClient4Calls(String url) {
        this.url = url;
        this.reused = new HttpGet(url);
        this.client = HttpAsyncClients.custom()
                .setDefaultIOReactorConfig(
                        IOReactorConfig.custom().setIoThreadCount(1).build())
                .build();
        client.start();
    }

    @Override
    public List<String> ways() {
        return List.of("execute", "execute-reused");
    }

    @Override
    public Outcome call(String way, String explicitLabel) throws Exception {
        HttpGet get = way.endsWith("-reused") ? reused : new HttpGet(url);
        if (explicitLabel != null) {
            get.setHeader(HEADER, explicitLabel);
        }
        return execute(get, () -> {});
    }

    @Override
    public void poisonWorkers() throws Exception {
        execute(new HttpGet(url), () -> LaneContext.attach(STALE_LANE));
    }

    private Outcome execute(HttpGet get, Runnable onIoThread) throws Exception {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        client.execute(get, new FutureCallback<HttpResponse>() {
            @Override
            public void completed(HttpResponse response) {
                try {
                    String label = EntityUtils.toString(response.getEntity());
                    String workerLane = Objects.toString(LaneContext.current(), "none");
                    onIoThread.run();
                    outcome.complete(new Outcome(label, workerLane));
                } catch (Exception failure) {
                    outcome.completeExceptionally(failure);
                }
            }

            @Override
            public void failed(Exception failure) {
                outcome.completeExceptionally(failure);
            }

            @Override
            public void cancelled() {
                outcome.completeExceptionally(new CancellationException());
            }
        });
        return outcome.get(30, TimeUnit.SECONDS);
    }
}
