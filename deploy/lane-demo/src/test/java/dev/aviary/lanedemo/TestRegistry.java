package dev.aviary.lanedemo;

import dev.aviary.devregistry.DevRegistry;
import dev.aviary.devregistry.RegistrySettings;
import java.io.IOException;
import java.net.ServerSocket;

/** The development registry on a free port pair (HTTP on N, gRPC on N + 1000), as nacos-client expects. */
final class TestRegistry {

    private TestRegistry() {}

    static DevRegistry start() throws IOException {
        return DevRegistry.start(new RegistrySettings("127.0.0.1", freePortPair()));
    }

    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket http = new ServerSocket(0)) {
                int port = http.getLocalPort();
                if (port + RegistrySettings.GRPC_PORT_OFFSET > 65535) {
                    continue;
                }
                try (ServerSocket grpc = new ServerSocket(port + RegistrySettings.GRPC_PORT_OFFSET)) {
                    return port;
                } catch (IOException taken) {
                    // try another pair
                }
            }
        }
        throw new IOException("no free port pair");
    }
}
