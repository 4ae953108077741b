package dev.aviary.meshagent.routing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The development registry (deploy/dev-registry's jar) in its own JVM, on a free HTTP port (gRPC +1000). */
public final class DevRegistryProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private DevRegistryProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static DevRegistryProcess start() throws Exception {
        Path jar = Paths.get(
                System.getProperty("aviary.registry.jar", "../deploy/dev-registry/target/aviary-dev-registry.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: build deploy/dev-registry first");
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            int port = freePortPair();
            String java =
                    Paths.get(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(
                            java, "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--port", Integer.toString(port))
                    .redirectErrorStream(true)
                    .start();
            CountDownLatch ready = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader lines =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = lines.readLine()) != null; ) {
                        if (line.contains("ready")) {
                            ready.countDown();
                        }
                    }
                } catch (IOException ignored) {
                    // the registry stopped
                }
            });
            reader.setDaemon(true);
            reader.start();
            if (ready.await(30, TimeUnit.SECONDS)) {
                return new DevRegistryProcess(process, port);
            }
            process.destroyForcibly();
        }
        throw new IllegalStateException("the development registry did not start");
    }

    /** The address nacos-client connects to. */
    public String address() {
        return "127.0.0.1:" + port;
    }

    private static int freePortPair() throws IOException {
        while (true) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            if (port + 1000 > 65535) {
                continue;
            }
            try (ServerSocket grpc = new ServerSocket(port + 1000)) {
                return port;
            } catch (IOException taken) {
                // try another pair
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
