package dev.aviary.devregistry.compat;

import dev.aviary.devregistry.DevRegistry;
import dev.aviary.devregistry.RegistrySettings;
import dev.aviary.devregistry.TestRegistry;
import java.io.IOException;

/** The dev-registry started in the test JVM on a free port (and that port + 1000 for gRPC). */
final class InProcessRegistry implements RegistryTarget {

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
