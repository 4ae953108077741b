package dev.aviary.lanedemo;

import com.alibaba.nacos.api.naming.NamingService;
import com.alibaba.nacos.api.naming.pojo.Instance;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls the next service through a thread pool, as services that fan work out do: a pool task picks one
 * healthy instance and sends with {@code HttpClient.sendAsync}; the request thread waits for the answer.
 */
final class PooledNextHop implements NextHop {

    static final int POOL_THREADS = 8;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final NamingService naming;
    private final String service;
    private final ThreadPoolExecutor pool;
    private final HttpClient http;

    PooledNextHop(NamingService naming, String service) {
        this.naming = naming;
        this.service = service;
        this.pool = new ThreadPoolExecutor(
                POOL_THREADS,
                POOL_THREADS,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(256),
                daemonThreads("lane-demo-call-"));
        this.http = HttpClient.newBuilder()
                .executor(Executors.newCachedThreadPool(daemonThreads("lane-demo-http-")))
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
    }

    @Override
    public HopAnswer ask() {
        CompletableFuture<HopAnswer> answer = new CompletableFuture<>();
        try {
            pool.execute(() -> send(answer));
        } catch (RejectedExecutionException e) {
            return HopAnswer.unreachable(service, "the call pool is full");
        }
        try {
            return answer.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return HopAnswer.unreachable(service, "no answer within " + TIMEOUT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HopAnswer.unreachable(service, "interrupted while waiting");
        } catch (ExecutionException e) {
            return HopAnswer.unreachable(service, e);
        }
    }

    private void send(CompletableFuture<HopAnswer> answer) {
        try {
            Instance target = naming.selectOneHealthyInstance(service);
            String address = target.getIp() + ":" + target.getPort();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + address + "/hop"))
                    .timeout(TIMEOUT)
                    .GET()
                    .build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                if (failure != null) {
                    answer.complete(HopAnswer.unreachable(service, failure));
                } else {
                    answer.complete(HopAnswer.of(service, address, response.statusCode(), response.body()));
                }
            });
        } catch (Exception e) {
            answer.complete(HopAnswer.unreachable(service, e));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            // Threads are started lazily from request threads; without this they would hold on to Tomcat's
            // web application class loader, and Tomcat warns of a leak at every stop.
            thread.setContextClassLoader(PooledNextHop.class.getClassLoader());
            return thread;
        };
    }
}
