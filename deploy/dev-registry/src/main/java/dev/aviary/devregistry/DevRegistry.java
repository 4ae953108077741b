package dev.aviary.devregistry;

import dev.aviary.devregistry.config.ConfigListeners;
import dev.aviary.devregistry.config.ConfigRequests;
import dev.aviary.devregistry.config.ConfigStore;
import dev.aviary.devregistry.grpc.GrpcEndpoint;
import dev.aviary.devregistry.http.HttpEndpoint;
import dev.aviary.devregistry.naming.NamingRegistry;
import dev.aviary.devregistry.naming.NamingRequests;
import dev.aviary.devregistry.remote.Json;
import dev.aviary.devregistry.remote.RequestDispatcher;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/**
 * A development stand-in for Nacos: the gRPC protocol subset nacos-client 2.5.x and 3.x use for naming
 * and config (on port + 1000) and read-only HTTP views plus health (on the port). Everything is held in
 * memory. Production uses a Nacos cluster.
 */
public final class DevRegistry implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DevRegistry.class.getName());

    private final RegistrySettings settings;
    private final GrpcEndpoint grpc;
    private final HttpEndpoint http;
    private final NamingRegistry naming;

    private DevRegistry(RegistrySettings settings, GrpcEndpoint grpc, HttpEndpoint http, NamingRegistry naming) {
        this.settings = settings;
        this.grpc = grpc;
        this.http = http;
        this.naming = naming;
    }

    /**
     * Starts the registry; it answers HTTP only once gRPC listens.
     *
     * @throws BindException when either port is taken (the message names it)
     */
    public static DevRegistry start(RegistrySettings settings) throws IOException {
        // Loading the JSON mapper takes about as long as opening the ports: do both at once. A request
        // that comes before the warm-up is done waits for it (class initialisation is synchronised).
        Thread warmUp = new Thread(Json::warmUp, "dev-registry-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        return startEndpoints(settings);
    }

    private static DevRegistry startEndpoints(RegistrySettings settings) throws IOException {
        RequestDispatcher dispatcher = new RequestDispatcher();
        NamingRegistry naming = new NamingRegistry();
        ConfigListeners configListeners = new ConfigListeners();
        ConfigStore config = new ConfigStore(configListeners);
        NamingRequests.install(dispatcher, naming);
        ConfigRequests.install(dispatcher, config, configListeners);
        GrpcEndpoint grpc = listen(
                "gRPC",
                settings.bind(),
                settings.grpcPort(),
                address -> GrpcEndpoint.start(address, dispatcher, naming, configListeners));
        try {
            HttpEndpoint http = listen(
                    "HTTP", settings.bind(), settings.port(), address -> HttpEndpoint.start(address, naming, config));
            return new DevRegistry(settings, grpc, http, naming);
        } catch (IOException | RuntimeException e) {
            grpc.close();
            naming.close();
            throw e;
        }
    }

    public RegistrySettings settings() {
        return settings;
    }

    /** {@code host:port}, as nacos-client's {@code serverAddr} wants it. */
    public String serverAddr() {
        return settings.bind() + ":" + settings.port();
    }

    /** Client connections whose stream is set up right now (each NamingService, each ConfigService task). */
    public int connectionCount() {
        return grpc.connectionCount();
    }

    @Override
    public void close() {
        http.close();
        grpc.close();
        naming.close();
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        OneLineLogFormat.install();
        RegistrySettings settings;
        try {
            settings = RegistrySettings.from(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("aviary dev-registry: " + e.getMessage());
            System.exit(2);
            return;
        }
        DevRegistry registry;
        try {
            registry = start(settings);
        } catch (BindException e) {
            System.err.println("aviary dev-registry: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            registry.close();
                            // JUL's own shutdown hook may have removed the handlers by now.
                            OneLineLogFormat.print("aviary dev-registry stopped");
                            stopped.countDown();
                        },
                        "dev-registry-shutdown"));
        LOG.info(String.format(
                "aviary dev-registry ready: http://%s:%d, gRPC %s:%d, in %d ms"
                        + " (a development stand-in for Nacos; production uses a Nacos cluster)",
                settings.bind(),
                settings.port(),
                settings.bind(),
                settings.grpcPort(),
                (System.nanoTime() - started) / 1_000_000));
        stopped.await();
    }

    private interface Listener<T> {
        T listen(InetSocketAddress address) throws IOException;
    }

    private static <T> T listen(String what, String bind, int port, Listener<T> listener) throws IOException {
        try {
            return listener.listen(new InetSocketAddress(bind, port));
        } catch (IOException e) {
            if (!portTaken(e)) {
                throw e;
            }
            BindException named = new BindException("cannot listen for " + what + " on " + bind + ":" + port
                    + ": the address is in use; is another registry or Nacos running? Choose another port with"
                    + " --port or AVIARY_REGISTRY_PORT (gRPC uses the port + 1000)");
            named.initCause(e);
            throw named;
        }
    }

    /** Netty reports a taken port as its own native exception, not as a BindException. */
    private static boolean portTaken(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException
                    || String.valueOf(cause.getMessage()).contains("Address already in use")) {
                return true;
            }
        }
        return false;
    }
}
