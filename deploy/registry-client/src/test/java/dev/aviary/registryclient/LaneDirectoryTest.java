package dev.aviary.registryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aviary.devregistry.DevRegistry;
import dev.aviary.devregistry.RegistrySettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library with the real nacos-client, against Aviary's development registry on loopback. Each
 * instance registers over its own connection, as separate JVMs would.
 */
class LaneDirectoryTest {

    private static DevRegistry registry;

    @BeforeAll
    static void startRegistry() throws IOException {
        registry = DevRegistry.start(new RegistrySettings("127.0.0.1", freePortPair()));
    }

    @AfterAll
    static void stopRegistry() {
        registry.close();
    }

    @Test
    void instancesAreGroupedByLaneWithTheirVersion() throws Exception {
        try (RegistryConnection v1 = connect();
                RegistryConnection v2 = connect();
                RegistryConnection gateway = connect()) {
            v1.register(LaneInstance.of("orders", "10.0.0.1", 8080, "", "v1"));
            v2.register(
                    LaneInstance.of("orders", "10.0.0.2", 8080, "gray", "v2").with("zone", "a"));

            LaneDirectory orders = gateway.watch("orders");

            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(orders.lanes()).containsExactlyInAnyOrder("", "gray"));
            assertThat(orders.baseline()).extracting(Endpoint::address).containsExactly("10.0.0.1:8080");
            Endpoint gray = orders.healthy("gray").get(0);
            assertThat(gray.version()).isEqualTo("v2");
            assertThat(gray.metadata()).containsEntry("zone", "a").containsEntry(LaneMetadata.LANE, "gray");
            assertThat(orders.healthy("feature-x")).isEmpty();
        }
    }

    @Test
    void callersRacingForTheFirstViewAllGetItLoaded() throws Exception {
        try (RegistryConnection v1 = connect();
                RegistryConnection gateway = connect()) {
            v1.register(LaneInstance.of("carts", "10.0.2.1", 8080, "", "v1"));
            await().atMost(Duration.ofSeconds(5)).until(() -> connectAndCount("carts") == 1);
            ExecutorService callers = Executors.newFixedThreadPool(16);
            try {
                List<Future<Integer>> seen = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    seen.add(callers.submit(
                            () -> gateway.watch("carts").baseline().size()));
                }
                for (Future<Integer> each : seen) {
                    assertThat(each.get())
                            .as("baseline instances seen by a racing caller")
                            .isEqualTo(1);
                }
            } finally {
                callers.shutdownNow();
            }
        }
    }

    private static int connectAndCount(String service) throws Exception {
        try (RegistryConnection probe = connect()) {
            return probe.watch(service).baseline().size();
        }
    }

    @Test
    void aDeregisteredInstanceLeavesEveryWatcherByPush() throws Exception {
        try (RegistryConnection v1 = connect();
                RegistryConnection v2 = connect();
                RegistryConnection gateway = connect()) {
            LaneInstance gray = LaneInstance.of("payments", "10.0.1.2", 8080, "gray", "v2");
            v1.register(LaneInstance.of("payments", "10.0.1.1", 8080, "", "v1"));
            v2.register(gray);
            LaneDirectory payments = gateway.watch("payments");
            AtomicInteger changes = new AtomicInteger();
            payments.onChange(changes::incrementAndGet);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> payments.healthy("gray").size() == 1
                            && payments.baseline().size() == 1);

            v2.deregister(gray);

            await().atMost(Duration.ofSeconds(5))
                    .until(() -> payments.healthy("gray").isEmpty());
            assertThat(payments.baseline()).hasSize(1);
            assertThat(changes.get()).isPositive();
        }
    }

    @Test
    void anInstanceWhoseConnectionDropsLeavesWithinFiveSeconds() throws Exception {
        try (RegistryConnection gateway = connect()) {
            RegistryConnection doomed = connect();
            doomed.register(LaneInstance.of("inventory", "10.0.2.1", 8080, "gray", "v2"));
            LaneDirectory inventory = gateway.watch("inventory");
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> !inventory.healthy("gray").isEmpty());

            doomed.close();

            await().atMost(Duration.ofSeconds(5))
                    .until(() -> inventory.healthy("gray").isEmpty());
        }
    }

    @Test
    void watchingTheSameServiceTwiceSharesOneView() throws Exception {
        try (RegistryConnection gateway = connect()) {
            assertThat(gateway.watch("catalog")).isSameAs(gateway.watch("catalog"));
        }
    }

    @Test
    void everyViewIsWholeWhileInstancesComeAndGo() throws Exception {
        List<RegistryConnection> instances = new ArrayList<>();
        try (RegistryConnection gateway = connect()) {
            LaneDirectory search = gateway.watch("search");
            for (int i = 1; i <= 10; i++) {
                RegistryConnection instance = connect();
                instances.add(instance);
                instance.register(LaneInstance.of("search", "10.0.3." + i, 8080, i % 2 == 0 ? "gray" : "", "v" + i));
            }

            await().atMost(Duration.ofSeconds(10))
                    .until(() ->
                            search.baseline().size() + search.healthy("gray").size() == 10);
            assertThat(search.baseline()).allSatisfy(e -> assertThat(e.lane()).isEmpty());
            assertThat(search.healthy("gray"))
                    .allSatisfy(e -> assertThat(e.lane()).isEqualTo("gray"));
        } finally {
            for (RegistryConnection instance : instances) {
                instance.close();
            }
        }
    }

    private static RegistryConnection connect() throws RegistryException {
        return RegistryConnection.open(registry.serverAddr(), "", null);
    }

    /** A port whose gRPC companion (port + 1000) is free too. */
    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            if (port + RegistrySettings.GRPC_PORT_OFFSET > 65535) {
                continue;
            }
            try (ServerSocket grpc = new ServerSocket(port + RegistrySettings.GRPC_PORT_OFFSET)) {
                return port;
            } catch (IOException taken) {
                // try another pair
            }
        }
        throw new IOException("no free port pair");
    }
}
