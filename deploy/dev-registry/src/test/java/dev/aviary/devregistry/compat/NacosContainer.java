package dev.aviary.devregistry.compat;

import java.time.Duration;
import java.util.Base64;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The official Nacos server image in standalone mode, through Testcontainers. Without a Docker engine
 * the tests are skipped (aborted) with a message saying so.
 */
final class NacosContainer implements RegistryTarget {

    private static final int MAIN_PORT = 8848;
    private static final int GRPC_PORT = 9848;

    private final GenericContainer<?> container;
    private final String image;

    private NacosContainer(GenericContainer<?> container, String image) {
        this.container = container;
        this.image = image;
    }

    /** The container, or a target that skips every test, saying why, when there is no Docker engine. */
    static RegistryTarget start(String image) {
        if (!dockerAvailable()) {
            return new Unavailable(TARGET_PROPERTY + "=nacos-container needs a Docker engine for Testcontainers and"
                    + " none is reachable here; the nacos-compat GitHub workflow runs these tests against " + image);
        }
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))
                .withEnv("MODE", "standalone")
                .withEnv("PREFER_HOST_MODE", "hostname")
                // Nacos 3.x refuses to start without these, even with authentication off.
                .withEnv("NACOS_AUTH_ENABLE", "false")
                .withEnv(
                        "NACOS_AUTH_TOKEN",
                        Base64.getEncoder().encodeToString("aviary-nacos-compat-token-0123456789abcdef".getBytes()))
                .withEnv("NACOS_AUTH_IDENTITY_KEY", "aviary")
                .withEnv("NACOS_AUTH_IDENTITY_VALUE", "aviary")
                .withExposedPorts(MAIN_PORT, GRPC_PORT)
                .waitingFor(Wait.forLogMessage(".*Nacos started successfully.*\\n", 1)
                        .withStartupTimeout(Duration.ofMinutes(4)));
        container.start();
        // The client dials main port + offset; mapped ports are random, so tell it the actual offset.
        System.setProperty(
                "nacos.server.grpc.port.offset",
                Integer.toString(container.getMappedPort(GRPC_PORT) - container.getMappedPort(MAIN_PORT)));
        return new NacosContainer(container, image);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public String serverAddr() {
        return container.getHost() + ":" + container.getMappedPort(MAIN_PORT);
    }

    @Override
    public boolean isDevRegistry() {
        return false;
    }

    @Override
    public void restart() {
        throw new UnsupportedOperationException("restart is tested against the dev-registry only");
    }

    @Override
    public void close() {
        container.stop();
        System.clearProperty("nacos.server.grpc.port.offset");
    }

    @Override
    public String toString() {
        return image + " at " + serverAddr();
    }
}
