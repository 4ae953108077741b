package dev.aviary.meshagent.webflux;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.bootstrap.LaneCounters;
import dev.aviary.meshagent.lanes.DownstreamServer;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.HttpResources;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;

/**
 * A Spring WebFlux application on Reactor Netty ({@code RouterFunction}, no Spring context) whose {@code /relay}
 * handler reads the request body, then calls a loopback downstream that answers with the lane label it received,
 * four ways: WebClient after
 * {@code publishOn} and {@code delayElement}; WebClient again, subscribed on the event loop that delivered the
 * first response; {@code HttpURLConnection} in {@code fromCallable} on {@code boundedElastic}; WebClient with the
 * label set by the application ({@code explicit}). It also records the lane its handler saw synchronously and
 * right after the first response arrived. The handler answers {@code key=value} pairs.
 *
 * <p>Prints {@code result <case> <answer>} for requests labelled {@code gray}, {@code feature-x}, unlabelled
 * ({@code none}) and malformed ({@code Gray!}); then, unless {@code sequential} is the argument, {@code mixed
 * <requests> <mismatches>} for 200 requests with mixed lanes, 16 in flight, and the first mismatches; and
 * {@code event-loops <lanes>}: the lanes Reactor Netty's event loops see when handed a task afterwards. Uses the
 * API common to Spring 5.3 / Reactor Netty 1.0 and Spring 7.0 / Reactor Netty 1.3.
 */
public final class WebFluxLanesApplication {

    private static final String[] CASES = {"gray", "feature-x", "none", "Gray!"};

    public static void main(String[] args) throws Exception {
        try {
            String mode = args.length > 0 ? args[0] : "all";
            run(mode);
            System.out.println("webflux application ran");
        } catch (Throwable failure) {
            failure.printStackTrace(System.out);
        } finally {
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }

    private static void run(String mode) throws Exception {
        DownstreamServer downstream = DownstreamServer.start();
        String downstreamUrl = downstream.url();
        WebClient webClient = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create()))
                .build();
        HandlerFunction<ServerResponse> relay = request -> {
            String sync = lane();
            // The request body arrives later, from the server's event loop.
            Mono<String> body = request.bodyToMono(String.class).map(ignored -> "body=" + lane());
            Mono<String> viaWebClient = Mono.just(1)
                    .publishOn(Schedulers.parallel())
                    .delayElement(Duration.ofMillis(1))
                    .flatMap(ignored -> get(webClient, downstreamUrl, null));
            Mono<String> chained = viaWebClient.flatMap(first -> {
                String after = lane();
                return get(webClient, downstreamUrl, null)
                        .map(second -> "webclient=" + first + " after=" + after + " chained=" + second);
            });
            Mono<String> blocking = Mono.fromCallable(() -> "blocking=" + getWithUrlConnection(downstreamUrl, null))
                    .subscribeOn(Schedulers.boundedElastic());
            Mono<String> explicit = get(webClient, downstreamUrl, "explicit").map(seen -> "explicit=" + seen);
            return Mono.zip(body, chained, blocking, explicit)
                    .flatMap(all -> ServerResponse.ok()
                            .bodyValue("sync=" + sync + " " + all.getT1() + " " + all.getT2() + " " + all.getT3() + " "
                                    + all.getT4()));
        };
        // One WebClient call per request: what "bench" measures.
        HandlerFunction<ServerResponse> one = request -> get(webClient, downstreamUrl, null)
                .flatMap(seen -> ServerResponse.ok().bodyValue(seen));
        HttpHandler handler =
                RouterFunctions.toHttpHandler(RouterFunctions.route(RequestPredicates.POST("/relay"), relay)
                        .andRoute(RequestPredicates.GET("/one"), one));
        DisposableServer server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .handle(new ReactorHttpHandlerAdapter(handler))
                .bindNow();
        String relayUrl = "http://127.0.0.1:" + server.port() + "/relay";
        if (mode.equals("bench")) {
            bench("http://127.0.0.1:" + server.port() + "/one");
            return;
        }

        for (int round = 0; round < 2; round++) {
            for (String label : CASES) {
                String answer = post(relayUrl, label.equals("none") ? null : label);
                if (round == 1) {
                    System.out.println("result " + label + " " + answer);
                }
            }
        }
        if (!mode.equals("sequential")) {
            mixed(relayUrl);
            System.out.println("event-loops " + eventLoopLanes());
        }
        System.out.println("counted-in gray=" + LaneCounters.get("gray", LaneCounters.Kind.IN) + " feature-x="
                + LaneCounters.get("feature-x", LaneCounters.Kind.IN) + " baseline="
                + LaneCounters.get(null, LaneCounters.Kind.IN));
        server.disposeNow();
        downstream.stop();
    }

    /** 200 requests, 16 in flight, labelled gray, feature-x or not at all in turn: each must see only its own. */
    private static void mixed(String relayUrl) throws Exception {
        String[] labels = {"gray", "feature-x", null};
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String label = labels[i % labels.length];
            answers.add(clients.submit(() -> {
                String answer = post(relayUrl, label);
                String expected = label == null ? "none" : label;
                String wanted = "sync=" + expected + " body=" + expected + " webclient=" + expected + " after="
                        + expected + " chained=" + expected + " blocking=" + expected + " explicit=explicit";
                return answer.equals(wanted) ? null : expected + " got " + answer;
            }));
        }
        long started = System.nanoTime();
        int mismatches = 0;
        for (Future<String> answer : answers) {
            String mismatch = answer.get();
            if (mismatch != null) {
                if (++mismatches <= 5) {
                    System.out.println("mismatch " + mismatch);
                }
            }
        }
        clients.shutdown();
        System.out.println("mixed " + answers.size() + " " + mismatches + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /**
     * Not a test: CPU time and wall time per {@code gray} request of the one-call handler, 16 in flight, after
     * a warm-up; run with the agent's WebFlux modules on and off to see what they cost.
     */
    private static void bench(String url) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        java.lang.management.OperatingSystemMXBean os =
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round < 4; round++) {
            int requests = 3000;
            long cpu = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
            long started = System.nanoTime();
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(clients.submit(() -> {
                    HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
                    connection.setRequestProperty("x-aviary-lane", "gray");
                    return read(connection);
                }));
            }
            for (Future<String> answer : answers) {
                answer.get();
            }
            long cpuUsed = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() - cpu;
            System.out.println("bench round " + round + ": " + cpuUsed / requests / 1000 + " us CPU, "
                    + (System.nanoTime() - started) / requests / 1000 + " us wall per request; last answer "
                    + answers.get(requests - 1).get());
        }
        clients.shutdown();
    }

    /** The lane each of Reactor Netty's event loops has when it runs a task handed to it now. */
    private static String eventLoopLanes() throws Exception {
        EventLoopGroup loops = HttpResources.get().onServer(false);
        TreeSet<String> lanes = new TreeSet<>();
        int count = 0;
        for (EventExecutor loop : loops) {
            lanes.add(loop.submit(WebFluxLanesApplication::lane).get());
            count++;
        }
        return count + " " + lanes;
    }

    private static Mono<String> get(WebClient webClient, String url, String label) {
        WebClient.RequestHeadersSpec<?> spec = webClient.get().uri(url);
        if (label != null) {
            spec = spec.header("x-aviary-lane", label);
        }
        return spec.retrieve().bodyToMono(String.class);
    }

    private static String getWithUrlConnection(String url, String label) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        if (label != null) {
            connection.setRequestProperty("x-aviary-lane", label);
        }
        return read(connection);
    }

    private static String read(HttpURLConnection connection) throws IOException {
        try (InputStream in = connection.getInputStream()) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            in.transferTo(body);
            return body.toString(StandardCharsets.UTF_8);
        } finally {
            connection.disconnect();
        }
    }

    /** POSTs a small body to the relay, labelled with {@code label} unless it is {@code null}. */
    private static String post(String url, String label) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        if (label != null) {
            connection.setRequestProperty("x-aviary-lane", label);
        }
        connection.setRequestProperty("Content-Type", "text/plain");
        try (OutputStream out = connection.getOutputStream()) {
            out.write("order".getBytes(StandardCharsets.UTF_8));
        }
        return read(connection);
    }

    private static String lane() {
        return Objects.toString(LaneContext.current(), "none");
    }
}
