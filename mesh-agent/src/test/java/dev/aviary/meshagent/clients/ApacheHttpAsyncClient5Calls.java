package dev.aviary.meshagent.clients;

import dev.aviary.meshagent.bootstrap.LaneContext;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.reactor.IOReactorConfig;

/**
 * Apache HttpClient 5.x async client with one I/O thread, which completes every call; {@code -reused} sends
 * the same request object with the same {@code HttpClientContext} every time.
 */
final class ApacheHttpAsyncClient5Calls implements ClientCalls {

    private final String url;
    private final CloseableHttpAsyncClient client;
    private final SimpleHttpRequest reused;
    private final HttpClientContext reusedContext = HttpClientContext.create();

    ApacheHttpAsyncClient5Calls(String url) {
        this.url = url;
        this.reused = SimpleHttpRequest.create("GET", url);
        this.client = HttpAsyncClients.custom()
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(1).build())
                .build();
        client.start();
    }

    @Override
    public List<String> ways() {
        return List.of("execute", "execute-reused");
    }

    @Override
    public Outcome call(String way, String explicitLabel) throws Exception {
        boolean reuse = way.endsWith("-reused");
        SimpleHttpRequest request = reuse ? reused : SimpleHttpRequest.create("GET", url);
        if (explicitLabel != null) {
            request.setHeader(HEADER, explicitLabel);
        }
        return execute(request, reuse ? reusedContext : null, () -> {});
    }

    @Override
    public void poisonWorkers() throws Exception {
        execute(SimpleHttpRequest.create("GET", url), null, () -> LaneContext.attach(STALE_LANE));
    }

    private Outcome execute(SimpleHttpRequest request, HttpClientContext context, Runnable onIoThread)
            throws Exception {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        client.execute(request, context, new FutureCallback<SimpleHttpResponse>() {
            @Override
            public void completed(SimpleHttpResponse response) {
                String workerLane = Objects.toString(LaneContext.current(), "none");
                onIoThread.run();
                outcome.complete(new Outcome(response.getBodyText(), workerLane));
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
