package dev.aviary.meshagent.grpc;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.bootstrap.LaneCounters;
import dev.aviary.meshagent.bootstrap.LaneScope;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ClientInterceptors;
import io.grpc.ForwardingClientCall;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.MethodDescriptor.MethodType;
import io.grpc.NameResolverRegistry;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.ServerCalls;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Two gRPC servers and their clients in one JVM, over grpc-netty-shaded on loopback, using the API common to
 * grpc-java 1.30 and 1.85. With {@code gray}, then {@code feature-x}, then no lane current, it makes these
 * calls to the upstream server and prints {@code result <lane> <way> <what the server saw>}:
 * <ul>
 *   <li>{@code probe}: an asynchronous unary call on a new channel whose threads have the lane {@code stale}
 *       (on 1.32+ it is buffered until the channel resolved its address, then really started on one of them);
 *       the raw handler reports the lane in each callback and the lane header it received;
 *   <li>{@code relay}: the upstream handler (a stub) calls the downstream server from a thread pool;
 *   <li>{@code stream}: a server-streaming stub call, three messages;
 *   <li>{@code in-process}: the probe again, over the in-process transport;
 *   <li>{@code cancel}: the client sends a message, then cancels; the handler sees the lane in {@code onCancel};
 *   <li>{@code elsewhere}: started in the lane, its message sent and half-closed from a thread in lane
 *       {@code stale};
 *   <li>{@code app-label}: an application interceptor sets the header to {@code blue} itself;
 *   <li>{@code woken}: calls of each lane started on a channel still waiting for its address, then really
 *       started on the thread (lane {@code stale}) that hands the address over.
 * </ul>
 * The upstream server runs every callback on threads that have the lane {@code stale}: callbacks must see their
 * call's lane (or none), never that one, and it must be back after each ({@code leaks} counts the times it
 * was not). Last, the per-lane count of inbound calls: {@code counter <lane> <count>}.
 */
public final class GrpcLanesApplication {

    static final MethodDescriptor<String, String> PROBE = StringMarshaller.method("Probe", MethodType.UNARY);
    static final MethodDescriptor<String, String> RELAY = StringMarshaller.method("Relay", MethodType.UNARY);
    static final MethodDescriptor<String, String> STREAM =
            StringMarshaller.method("Stream", MethodType.SERVER_STREAMING);
    static final MethodDescriptor<String, String> HOLD = StringMarshaller.method("Hold", MethodType.BIDI_STREAMING);

    private static final String[] CASES = {"gray", "feature-x", "none"};
    private static final Queue<String> LEAKS = new ConcurrentLinkedQueue<>();

    public static void main(String[] args) throws Exception {
        try {
            run();
            System.out.println("grpc application ran");
        } catch (Throwable failure) {
            failure.printStackTrace(System.out);
        } finally {
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }

    private static void run() throws Exception {
        ProbeHandler downstreamProbe = new ProbeHandler();
        Server downstream = start(
                ServerServiceDefinition.builder("lanes.Probe")
                        .addMethod(PROBE, downstreamProbe)
                        .build(),
                null);
        ManagedChannel toDownstream = channel(downstream);

        ExecutorService relayPool = Executors.newFixedThreadPool(2);
        ExecutorService stalePool = Executors.newFixedThreadPool(2);
        ProbeHandler probe = new ProbeHandler();
        ServerServiceDefinition upstreamService = ServerServiceDefinition.builder("lanes.Probe")
                .addMethod(PROBE, probe)
                .addMethod(HOLD, probe)
                .addMethod(
                        RELAY,
                        ServerCalls.asyncUnaryCall((request, response) -> relayPool.execute(() -> {
                            String answer =
                                    ClientCalls.blockingUnaryCall(toDownstream, PROBE, CallOptions.DEFAULT, request);
                            response.onNext("handler=" + ProbeHandler.lane() + "," + answer);
                            response.onCompleted();
                        })))
                .addMethod(STREAM, ServerCalls.asyncServerStreamingCall((request, response) -> {
                    for (int i = 0; i < 3; i++) {
                        response.onNext(ProbeHandler.lane());
                    }
                    response.onCompleted();
                }))
                .build();
        Executor staleThreads = task -> stalePool.execute(() -> {
            try (LaneScope stale = LaneContext.attach("stale")) {
                task.run();
                if (!"stale".equals(LaneContext.current())) {
                    LEAKS.add(ProbeHandler.lane());
                }
            }
        });
        Server upstream = start(upstreamService, staleThreads);
        ManagedChannel toUpstream = channel(upstream);
        // Through the API's builder types: the in-process builders' own return types changed after 1.30.
        ServerBuilder<?> inProcessBuilder = InProcessServerBuilder.forName("lanes");
        Server inProcess = inProcessBuilder
                .executor(staleThreads)
                .addService(upstreamService)
                .build()
                .start();
        ManagedChannelBuilder<?> inProcessChannel = InProcessChannelBuilder.forName("lanes");
        ManagedChannel toInProcess = inProcessChannel.build();
        Channel labelledByApplication = ClientInterceptors.intercept(toUpstream, new BlueLabel());

        reportWoken(upstream, probe);

        for (String lane : CASES) {
            try (LaneScope scope = LaneContext.attach(lane.equals("none") ? null : lane)) {
                // A new channel has not resolved its address yet: on 1.32+ the call is buffered and really started
                // later on one of the channel's threads, which have the lane stale.
                ManagedChannel fresh = ManagedChannelBuilder.forAddress("127.0.0.1", upstream.getPort())
                        .usePlaintext()
                        .executor(staleThreads)
                        .build();
                String id = lane + "-probe";
                String answer = ClientCalls.futureUnaryCall(fresh.newCall(PROBE, CallOptions.DEFAULT), id)
                        .get(30, TimeUnit.SECONDS);
                report(lane, "probe", answer + "," + completed(probe, id));
                fresh.shutdownNow();

                report(lane, "relay", ClientCalls.blockingUnaryCall(toUpstream, RELAY, CallOptions.DEFAULT, lane));

                List<String> streamed = new ArrayList<>();
                ClientCalls.blockingServerStreamingCall(toUpstream, STREAM, CallOptions.DEFAULT, lane)
                        .forEachRemaining(streamed::add);
                report(lane, "stream", String.join(",", streamed));

                id = lane + "-in-process";
                answer = ClientCalls.blockingUnaryCall(toInProcess, PROBE, CallOptions.DEFAULT, id);
                report(lane, "in-process", answer + "," + completed(probe, id));

                report(lane, "cancel", cancelled(toUpstream, probe, lane + "-cancel"));
                report(lane, "elsewhere", sentElsewhere(toUpstream, probe, lane + "-elsewhere"));

                id = lane + "-app-label";
                answer = ClientCalls.blockingUnaryCall(labelledByApplication, PROBE, CallOptions.DEFAULT, id);
                report(lane, "app-label", answer + "," + completed(probe, id));
            }
        }
        System.out.println("leaks " + LEAKS.size() + " " + LEAKS);
        for (Map.Entry<String, Map<LaneCounters.Kind, Long>> counted :
                LaneCounters.snapshot().entrySet()) {
            System.out.println(
                    "counter " + counted.getKey() + " " + counted.getValue().get(LaneCounters.Kind.IN));
        }
        toInProcess.shutdownNow();
        inProcess.shutdownNow();
        toUpstream.shutdownNow();
        toDownstream.shutdownNow();
        upstream.shutdownNow();
        downstream.shutdownNow();
    }

    /**
     * On a channel whose address is held back, starts a call in {@code gray}, one in none and one in
     * {@code feature-x}; then releases the address from a thread whose lane is {@code stale}, where the
     * buffered calls are really started.
     */
    private static void reportWoken(Server upstream, ProbeHandler probe) throws Exception {
        HeldResolver resolver = new HeldResolver();
        NameResolverRegistry.getDefaultRegistry().register(resolver);
        ManagedChannel held = ManagedChannelBuilder.forTarget(HeldResolver.SCHEME + ":///" + upstream.getPort())
                .usePlaintext()
                .build();
        Map<String, Future<String>> answers = new LinkedHashMap<>();
        for (String lane : CASES) {
            try (LaneScope scope = LaneContext.attach(lane.equals("none") ? null : lane)) {
                answers.put(
                        lane, ClientCalls.futureUnaryCall(held.newCall(PROBE, CallOptions.DEFAULT), lane + "-woken"));
            }
        }
        Thread releaser = new Thread(() -> {
            try (LaneScope stale = LaneContext.attach("stale")) {
                resolver.release();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        releaser.start();
        releaser.join();
        for (Map.Entry<String, Future<String>> answer : answers.entrySet()) {
            String lane = answer.getKey();
            report(
                    lane,
                    "woken",
                    answer.getValue().get(30, TimeUnit.SECONDS) + "," + completed(probe, lane + "-woken"));
        }
        held.shutdownNow();
        NameResolverRegistry.getDefaultRegistry().deregister(resolver);
    }

    /** Sends a message, waits until the handler has it, then cancels the call. */
    private static String cancelled(Channel channel, ProbeHandler probe, String id) throws InterruptedException {
        ClientCall<String, String> call = channel.newCall(HOLD, CallOptions.DEFAULT);
        call.start(new ClientCall.Listener<String>() {}, new Metadata());
        call.request(1);
        call.sendMessage(id);
        await(probe.arrival(id));
        call.cancel("the test cancels", null);
        return completed(probe, id);
    }

    /** Starts the call here; sends its message and half-closes from a thread whose lane is {@code stale}. */
    private static String sentElsewhere(Channel channel, ProbeHandler probe, String id) throws Exception {
        ClientCall<String, String> call = channel.newCall(PROBE, CallOptions.DEFAULT);
        String[] answer = new String[1];
        CountDownLatch closed = new CountDownLatch(1);
        call.start(
                new ClientCall.Listener<String>() {
                    @Override
                    public void onMessage(String message) {
                        answer[0] = message;
                    }

                    @Override
                    public void onClose(Status status, Metadata trailers) {
                        closed.countDown();
                    }
                },
                new Metadata());
        call.request(1);
        Thread sender = new Thread(() -> {
            try (LaneScope stale = LaneContext.attach("stale")) {
                call.sendMessage(id);
                call.halfClose();
            }
        });
        sender.start();
        sender.join();
        await(closed);
        return answer[0] + "," + completed(probe, id);
    }

    private static String completed(ProbeHandler probe, String id) throws InterruptedException {
        await(probe.completion(id));
        return probe.completed.get(id);
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        if (!latch.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server never got there");
        }
    }

    private static void report(String lane, String way, String seen) {
        System.out.println("result " + lane + " " + way + " " + seen.replace(" ", ""));
    }

    /** A Netty (shaded) server on 127.0.0.1, any free port; {@code executor} null: gRPC's default. */
    private static Server start(ServerServiceDefinition service, Executor executor) throws Exception {
        SocketAddress loopback = new InetSocketAddress("127.0.0.1", 0);
        ServerBuilder<?> builder =
                (ServerBuilder<?>) Class.forName("io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder")
                        .getMethod("forAddress", SocketAddress.class)
                        .invoke(null, loopback);
        if (executor != null) {
            builder.executor(executor);
        }
        return builder.addService(service).build().start();
    }

    private static ManagedChannel channel(Server server) {
        return ManagedChannelBuilder.forAddress("127.0.0.1", server.getPort())
                .usePlaintext()
                .build();
    }

    /** The application labels its calls itself: the agent must leave that label alone. */
    private static final class BlueLabel implements ClientInterceptor {

        @Override
        public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
            return new ForwardingClientCall.SimpleForwardingClientCall<Q, A>(next.newCall(method, options)) {
                @Override
                public void start(Listener<A> listener, Metadata headers) {
                    headers.put(Metadata.Key.of("x-aviary-lane", Metadata.ASCII_STRING_MARSHALLER), "blue");
                    super.start(listener, headers);
                }
            };
        }
    }
}
