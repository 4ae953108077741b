package dev.aviary.devregistry.compat;

/** The server a compatibility test talks to: the dev-registry in-process, or a real Nacos. */
interface RegistryTarget extends AutoCloseable {

    /** The system property choosing the target: {@code dev-registry} (default) or {@code nacos-container}. */
    String TARGET_PROPERTY = "aviary.registry.target";

    /** The image for {@code nacos-container}, e.g. {@code nacos/nacos-server:v2.5.1}. */
    String IMAGE_PROPERTY = "aviary.registry.image";

    /** {@code host:port} for nacos-client's {@code serverAddr}. */
    String serverAddr();

    /** Why the tests cannot run against this target, or empty when they can. */
    default String unavailableReason() {
        return "";
    }

    /** Whether this is the dev-registry, whose own behaviour (errors, restarts) some tests check. */
    boolean isDevRegistry();

    /** Stops the server and starts it again on the same ports, with nothing registered. */
    void restart() throws Exception;

    @Override
    void close();

    static RegistryTarget start() throws Exception {
        String target = System.getProperty(TARGET_PROPERTY, "dev-registry");
        return switch (target) {
            case "dev-registry" -> InProcessRegistry.start();
            case "nacos-container" ->
                NacosContainer.start(System.getProperty(IMAGE_PROPERTY, "nacos/nacos-server:v2.5.1"));
            default ->
                throw new IllegalArgumentException(
                        TARGET_PROPERTY + " must be dev-registry or nacos-container, got " + target);
        };
    }
}
