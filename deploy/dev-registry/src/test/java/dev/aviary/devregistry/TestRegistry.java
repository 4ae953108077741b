package dev.aviary.devregistry;

import java.io.IOException;
import java.net.BindException;
import java.util.concurrent.ThreadLocalRandom;

/** Starts the registry in the test JVM on free ports. */
public final class TestRegistry {

    private TestRegistry() {}

    /** Tries random ports until both the port and port + 1000 (gRPC) are free. */
    public static DevRegistry startOnFreePorts() throws IOException {
        BindException last = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            try {
                return DevRegistry.start(new RegistrySettings("127.0.0.1", randomPort()));
            } catch (BindException e) {
                last = e;
            }
        }
        throw last;
    }

    /** A port in a range no service of the platform uses; callers retry when it is taken. */
    public static int randomPort() {
        return ThreadLocalRandom.current().nextInt(20_000, 40_000);
    }
}
