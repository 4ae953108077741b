package dev.aviary.laneecho;

import com.sun.net.httpserver.HttpServer;
import dev.aviary.registryclient.LaneInstance;
import dev.aviary.registryclient.RegistryConnection;
import dev.aviary.registryclient.RegistryException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A demo backend for lane routing: serves HTTP, registers itself in Nacos with {@code aviary.lane} and
 * {@code aviary.version}, deregisters on close. Not a business service: it exists so that demos, tests
 * and benchmarks can see which version answered.
 */
public final class LaneEcho implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService workers;
    private final RegistryConnection registry;
    private final LaneInstance instance;

    private LaneEcho(HttpServer server, ExecutorService workers, RegistryConnection registry, LaneInstance instance) {
        this.server = server;
        this.workers = workers;
        this.registry = registry;
        this.instance = instance;
    }

    public static LaneEcho start(String... args) throws IOException, RegistryException {
        return start(EchoSettings.parse(args));
    }

    static LaneEcho start(EchoSettings settings) throws IOException, RegistryException {
        // Headers and body go out in two writes: without TCP_NODELAY, Nagle and delayed ACKs add ~40 ms.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        EchoHandler handler = new EchoHandler(settings);
        HttpServer server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 1024);
        ExecutorService workers = Executors.newFixedThreadPool(
                Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
        server.setExecutor(workers);
        server.createContext("/", handler);
        server.start();
        int port = server.getAddress().getPort();
        handler.listeningOn(port);
        if (!settings.registers()) {
            return new LaneEcho(server, workers, null, null);
        }
        LaneInstance instance =
                LaneInstance.of(settings.service(), settings.host(), port, settings.lane(), settings.version());
        RegistryConnection registry = RegistryConnection.open(settings.registry(), "", null);
        try {
            registry.register(instance);
        } catch (RegistryException e) {
            registry.close();
            server.stop(0);
            workers.shutdownNow();
            throw e;
        }
        return new LaneEcho(server, workers, registry, instance);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        if (registry != null) {
            try {
                registry.deregister(instance);
                registry.close();
            } catch (RegistryException e) {
                System.err.println("lane-echo: could not deregister: " + e.getMessage());
            }
        }
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws Exception {
        EchoSettings settings;
        try {
            settings = EchoSettings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LaneEcho echo = start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(echo::close, "lane-echo-shutdown"));
        String lane = settings.lane().isEmpty() ? "baseline" : "lane " + settings.lane();
        System.out.println(
                "lane-echo " + settings.service() + " " + settings.version() + " (" + lane + ") listening on "
                        + settings.host() + ":" + echo.port()
                        + (settings.registers() ? ", registered at " + settings.registry() : ", not registered"));
    }
}
