package dev.aviary.graygateway.traffic;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * Aviary's development registry, in-process but in a class loader of its own: its jar carries gRPC, Jackson 2 and
 * Guava unrelocated, which must not leak onto the gateway's class path (see the surefire configuration).
 */
final class IsolatedRegistry {

    private static final int GRPC_PORT_OFFSET = 1000;

    private final String serverAddr;

    private IsolatedRegistry(String serverAddr) {
        this.serverAddr = serverAddr;
    }

    static IsolatedRegistry start() throws IOException {
        String jar = System.getProperty("aviary.dev-registry.jar");
        if (jar == null) {
            throw new IllegalStateException("aviary.dev-registry.jar is not set (run the tests through Maven)");
        }
        var loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        current.setContextClassLoader(loader);
        try {
            Class<?> settings = loader.loadClass("dev.aviary.devregistry.RegistrySettings");
            Class<?> registry = loader.loadClass("dev.aviary.devregistry.DevRegistry");
            Object started = registry.getMethod("start", settings)
                    .invoke(
                            null,
                            settings.getConstructor(String.class, int.class).newInstance("127.0.0.1", freePortPair()));
            return new IsolatedRegistry(
                    (String) registry.getMethod("serverAddr").invoke(started));
        } catch (InvocationTargetException e) {
            throw new IOException("the development registry did not start", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("unexpected development registry API", e);
        } finally {
            current.setContextClassLoader(previous);
        }
    }

    /** {@code host:port}, as nacos-client's {@code serverAddr} wants it. */
    String serverAddr() {
        return serverAddr;
    }

    /** A port whose gRPC companion (port + 1000) is free too. */
    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            if (port + GRPC_PORT_OFFSET > 65535) {
                continue;
            }
            try (ServerSocket grpc = new ServerSocket(port + GRPC_PORT_OFFSET)) {
                return port;
            } catch (IOException taken) {
                // try another pair
            }
        }
        throw new IOException("no free port pair");
    }
}
