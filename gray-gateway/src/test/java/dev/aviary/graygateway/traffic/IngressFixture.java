package dev.aviary.graygateway.traffic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a business ingress gateway runs against, once per test JVM: the development registry in-process, the
 * business services' instances by lane, and a stub of release-api.
 *
 * <ul>
 *   <li>{@code shop}: v1 (baseline, two instances), v2 (gray), v3 (feature-x), v9 (hotfix, an undeclared lane)
 *   <li>{@code orders}: v1 (baseline), v2 (gray)
 *   <li>{@code cart}: v1 (baseline), v2 (gray) — the gray one leaves and comes back in a test
 *   <li>{@code ledger}: gray only, no baseline
 * </ul>
 */
final class IngressFixture {

    private static IngressFixture instance;

    final IsolatedRegistry registry;
    final StubControlPlane controlPlane;
    final LaneBackend cartGray;
    final Path policyCache;

    private IngressFixture() throws IOException {
        // nacos-client would otherwise install its own logback configuration and log files.
        System.setProperty("nacos.logging.default.config.enabled", "false");
        registry = IsolatedRegistry.start();
        String addr = registry.serverAddr();
        LaneBackend.start(addr, "shop", "", "v1");
        LaneBackend.start(addr, "shop", "", "v1");
        LaneBackend.start(addr, "shop", "gray", "v2");
        LaneBackend.start(addr, "shop", "feature-x", "v3");
        LaneBackend.start(addr, "shop", "hotfix", "v9");
        LaneBackend.start(addr, "orders", "", "v1");
        LaneBackend.start(addr, "orders", "gray", "v2");
        LaneBackend.start(addr, "cart", "", "v1");
        cartGray = LaneBackend.start(addr, "cart", "gray", "v2");
        LaneBackend.start(addr, "ledger", "gray", "v2");
        controlPlane = StubControlPlane.start();
        policyCache = Files.createTempDirectory("gateway-cache").resolve("shop-ingress-policy.json");
    }

    static synchronized IngressFixture get() {
        if (instance == null) {
            try {
                instance = new IngressFixture();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }
}
