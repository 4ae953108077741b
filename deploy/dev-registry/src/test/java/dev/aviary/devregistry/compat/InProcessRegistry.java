package dev.aviary.devregistry.compat;

import dev.aviary.devregistry.DevRegistry;
import dev.aviary.devregistry.RegistrySettings;
import dev.aviary.devregistry.TestRegistry;
import java.io.IOException;

/** The dev-registry started in the test JVM on a free port (and that port + 1000 for gRPC). */
final class InProcessRegistry implements RegistryTarget {

    /**
     * A real restart keeps the ports closed for a JVM's start, over a second. Closed and reopened at once, the
     * clients reconnect before nacos-client 3.x has handled the disconnect: its "mark to redo" then lands after the
     * new connection's "connected", and the registration is never redone (seen in CI: the instance stayed gone
     * for the whole minute the test waits).
     */
    private static final long RESTART_DOWNTIME_MILLIS = 1500;

    private RegistrySettings settings;
    private DevRegistry registry;

    private InProcessRegistry(DevRegistry registry) {
        this.registry = registry;
        this.settings = registry.settings();
    }

    static InProcessRegistry start() throws IOException {
        return new InProcessRegistry(TestRegistry.startOnFreePorts());
    }

    DevRegistry registry() {
        return registry;
    }

    @Override
    public String serverAddr() {
        return registry.serverAddr();
    }

    @Override
    public boolean isDevRegistry() {
        return true;
    }

    @Override
    public void restart() throws IOException {
        registry.close();
        try {
            Thread.sleep(RESTART_DOWNTIME_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the registry was down", interrupted);
        }
        registry = DevRegistry.start(settings);
    }

    @Override
    public void close() {
        registry.close();
    }

    @Override
    public String toString() {
        return "aviary dev-registry at " + serverAddr();
    }
}
