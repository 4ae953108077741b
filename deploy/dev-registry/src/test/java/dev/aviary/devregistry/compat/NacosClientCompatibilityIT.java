package dev.aviary.devregistry.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.alibaba.nacos.api.config.ConfigService;
import com.alibaba.nacos.api.config.listener.AbstractListener;
import com.alibaba.nacos.api.exception.NacosException;
import com.alibaba.nacos.api.naming.NamingService;
import com.alibaba.nacos.api.naming.pojo.Instance;
import com.alibaba.nacos.common.utils.VersionUtils;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real nacos-client against a registry: the dev-registry in-process by default, or the official
 * Nacos image with {@code -Daviary.registry.target=nacos-container}. The build runs this class once with
 * nacos-client 2.5.1 and once with the newest 3.x (see the module's pom).
 */
class NacosClientCompatibilityIT {

    /** How long any push may take here; a real change arrives in milliseconds. */
    private static final Duration PUSH = Duration.ofSeconds(10);

    private static final String GROUP = "AVIARY";

    private static RegistryTarget target;
    private NacosClients clients;

    @BeforeAll
    static void startRegistry() throws Exception {
        target = RegistryTarget.start();
        System.out.println("nacos-client " + VersionUtils.version + " against " + target);
    }

    @AfterAll
    static void stopRegistry() {
        if (target != null) {
            target.close();
        }
    }

    @BeforeEach
    void openClients() {
        assumeTrue(target.unavailableReason().isEmpty(), () -> "skipped: " + target.unavailableReason());
        clients = new NacosClients(target.serverAddr());
    }

    @AfterEach
    void closeClients() throws Exception {
        if (clients != null) {
            clients.close();
        }
    }

    @Test
    void registeredInstanceIsPushedToSubscriberAndRemovedOnDeregister() throws Exception {
        NamingService provider = clients.naming();
        NamingService consumer = clients.naming();
        String service = unique("orders");
        PushedInstances pushed = new PushedInstances();
        consumer.subscribe(service, pushed);

        provider.registerInstance(service, "10.0.0.1", 8080);
        await().atMost(PUSH).untilAsserted(() -> assertThat(pushed.addresses()).containsExactly("10.0.0.1:8080"));

        provider.deregisterInstance(service, "10.0.0.1", 8080);
        await().atMost(PUSH).untilAsserted(() -> assertThat(pushed.addresses()).isEmpty());
    }

    @Test
    void laneAndVersionMetadataRoundTripByQueryAndByPush() throws Exception {
        NamingService provider = clients.naming();
        NamingService consumer = clients.naming();
        String service = unique("payments");
        Instance instance = instance("10.0.0.2", 8081, Map.of("aviary.lane", "gray", "aviary.version", "1.4.0"));
        instance.setWeight(2.5);
        instance.setClusterName("blue");

        provider.registerInstance(service, GROUP, instance);

        await().atMost(PUSH)
                .untilAsserted(() -> assertThat(consumer.getAllInstances(service, GROUP, false))
                        .singleElement()
                        .satisfies(found -> {
                            assertThat(found.getMetadata())
                                    .containsEntry("aviary.lane", "gray")
                                    .containsEntry("aviary.version", "1.4.0");
                            assertThat(found.getWeight()).isEqualTo(2.5);
                            assertThat(found.getClusterName()).isEqualTo("blue");
                            assertThat(found.isHealthy()).isTrue();
                            assertThat(found.isEphemeral()).isTrue();
                        }));
        assertThat(consumer.getAllInstances(service, GROUP, List.of("blue"), false))
                .hasSize(1);
        assertThat(consumer.getAllInstances(service, GROUP, List.of("green"), false))
                .isEmpty();

        PushedInstances pushed = new PushedInstances();
        consumer.subscribe(service, GROUP, pushed);
        await().atMost(PUSH)
                .untilAsserted(() -> assertThat(pushed.instances())
                        .singleElement()
                        .satisfies(found -> assertThat(found.getMetadata())
                                .containsEntry("aviary.lane", "gray")
                                .containsEntry("aviary.version", "1.4.0")));

        instance.getMetadata().put("aviary.version", "1.5.0");
        provider.registerInstance(service, GROUP, instance);
        await().atMost(PUSH)
                .untilAsserted(() -> assertThat(pushed.instances())
                        .singleElement()
                        .satisfies(found -> assertThat(found.getMetadata()).containsEntry("aviary.version", "1.5.0")));
    }

    @Test
    void connectionLossRemovesInstancesAndPushesToSubscribersWithinFiveSeconds() throws Exception {
        NamingService provider = clients.naming();
        NamingService consumer = clients.naming();
        String service = unique("inventory");
        PushedInstances pushed = new PushedInstances();
        consumer.subscribe(service, pushed);
        provider.registerInstance(service, "10.0.0.3", 8082);
        await().atMost(PUSH).untilAsserted(() -> assertThat(pushed.addresses()).containsExactly("10.0.0.3:8082"));

        provider.shutDown();

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(pushed.addresses()).isEmpty());
    }

    @Test
    void twoClientsSeeEachOthersInstances() throws Exception {
        NamingService first = clients.naming();
        NamingService second = clients.naming();
        String service = unique("catalog");
        PushedInstances seenByFirst = new PushedInstances();
        PushedInstances seenBySecond = new PushedInstances();
        first.subscribe(service, seenByFirst);
        second.subscribe(service, seenBySecond);

        first.registerInstance(service, "10.0.1.1", 9000);
        second.registerInstance(service, "10.0.1.2", 9000);

        List<String> both = List.of("10.0.1.1:9000", "10.0.1.2:9000");
        await().atMost(PUSH).untilAsserted(() -> {
            assertThat(seenByFirst.addresses()).isEqualTo(both);
            assertThat(seenBySecond.addresses()).isEqualTo(both);
        });
        assertThat(first.selectInstances(service, true)).hasSize(2);
        assertThat(second.selectOneHealthyInstance(service)).isNotNull();
    }

    @Test
    void batchRegisterAndBatchDeregisterArePushed() throws Exception {
        NamingService provider = clients.naming();
        NamingService consumer = clients.naming();
        String service = unique("search");
        PushedInstances pushed = new PushedInstances();
        consumer.subscribe(service, GROUP, pushed);
        Instance one = instance("10.0.2.1", 7001, Map.of("aviary.lane", "base"));
        Instance two = instance("10.0.2.2", 7001, Map.of("aviary.lane", "gray"));
        Instance three = instance("10.0.2.3", 7001, Map.of("aviary.lane", "gray"));

        provider.batchRegisterInstance(service, GROUP, List.of(one, two, three));
        await().atMost(PUSH)
                .untilAsserted(() -> assertThat(pushed.addresses())
                        .containsExactly("10.0.2.1:7001", "10.0.2.2:7001", "10.0.2.3:7001"));

        provider.batchDeregisterInstance(service, GROUP, List.of(two));
        await().atMost(PUSH)
                .untilAsserted(() -> assertThat(pushed.addresses()).containsExactly("10.0.2.1:7001", "10.0.2.3:7001"));
    }

    @Test
    void namespacesAndGroupsKeepServicesApart() throws Exception {
        NamingService team = clients.naming("aviary-dev");
        NamingService everyone = clients.naming();
        String service = unique("shipping");
        team.registerInstance(service, GROUP, instance("10.0.3.1", 80, Map.of()));
        everyone.registerInstance(service, instance("10.0.3.2", 80, Map.of()));

        await().atMost(PUSH).untilAsserted(() -> {
            assertThat(addresses(team.getAllInstances(service, GROUP, false))).containsExactly("10.0.3.1:80");
            assertThat(addresses(everyone.getAllInstances(service, false))).containsExactly("10.0.3.2:80");
        });
        assertThat(team.getAllInstances(service, false)).isEmpty();
        assertThat(everyone.getAllInstances(service, GROUP, false)).isEmpty();
        assertThat(team.getServicesOfServer(1, 1000, GROUP).getData()).contains(service);
        assertThat(everyone.getServicesOfServer(1, 1000).getData()).contains(service);
        assertThat(everyone.getServicesOfServer(1, 1000, GROUP).getData()).doesNotContain(service);
    }

    @Test
    void configIsPublishedReadListenedToAndRemovedWithPush() throws Exception {
        ConfigService publisher = clients.config();
        ConfigService reader = clients.config();
        String dataId = unique("lane-rules") + ".yaml";
        assertThat(reader.getConfig(dataId, GROUP, 3000)).isNull();
        List<String> received = new CopyOnWriteArrayList<>();
        reader.addListener(dataId, GROUP, listener(received));

        assertThat(publisher.publishConfig(dataId, GROUP, "lanes: [gray]", "yaml"))
                .isTrue();
        await().atMost(PUSH).untilAsserted(() -> assertThat(received).containsExactly("lanes: [gray]"));
        assertThat(reader.getConfig(dataId, GROUP, 3000)).isEqualTo("lanes: [gray]");

        assertThat(publisher.publishConfig(dataId, GROUP, "lanes: [gray, blue]", "yaml"))
                .isTrue();
        await().atMost(PUSH).untilAsserted(() -> assertThat(received).last().isEqualTo("lanes: [gray, blue]"));

        assertThat(publisher.removeConfig(dataId, GROUP)).isTrue();
        await().atMost(PUSH).untilAsserted(() -> assertThat(received).last().isEqualTo("<removed>"));
        assertThat(reader.getConfig(dataId, GROUP, 3000)).isNull();
    }

    @Test
    void configOfAnotherNamespaceIsSeparateAndPushedThere() throws Exception {
        ConfigService team = clients.config("aviary-dev");
        ConfigService everyone = clients.config();
        String dataId = unique("routes") + ".json";
        List<String> received = new CopyOnWriteArrayList<>();
        team.addListener(dataId, GROUP, listener(received));

        assertThat(team.publishConfig(dataId, GROUP, "{\"lane\":\"gray\"}", "json"))
                .isTrue();

        await().atMost(PUSH).untilAsserted(() -> assertThat(received).containsExactly("{\"lane\":\"gray\"}"));
        assertThat(everyone.getConfig(dataId, GROUP, 3000)).isNull();
    }

    @Test
    void unsupportedRequestGetsClearErrorAndConnectionKeepsWorking() throws Exception {
        assumeTrue(target.isDevRegistry(), "a real Nacos supports persistent instances");
        NamingService provider = clients.naming();
        NamingService consumer = clients.naming();
        String service = unique("ledger");
        PushedInstances pushed = new PushedInstances();
        consumer.subscribe(service, pushed);
        provider.registerInstance(service, "10.0.4.1", 8443);
        await().atMost(PUSH).untilAsserted(() -> assertThat(pushed.addresses()).containsExactly("10.0.4.1:8443"));
        int eventsBefore = pushed.events();
        Instance persistent = instance("10.0.4.2", 8443, Map.of());
        persistent.setEphemeral(false);

        assertThatThrownBy(() -> provider.registerInstance(unique("ledger-persistent"), persistent))
                .isInstanceOf(NacosException.class)
                .hasMessageContaining(
                        "aviary dev-registry does not support PersistentInstanceRequest; it is a development"
                                + " stand-in for Nacos");

        // No reconnect followed (it would drop and re-register the provider's instance, a push each).
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> pushed.events() == eventsBefore);
        assertThat(addresses(consumer.getAllInstances(service, false))).containsExactly("10.0.4.1:8443");
    }

    @Test
    void clientsRegisterAndSubscribeAgainAfterTheRegistryRestarts() throws Exception {
        assumeTrue(target.isDevRegistry(), "the container is not restarted");
        NamingService provider = clients.naming();
        NamingService consumer = clients.naming();
        ConfigService config = clients.config();
        String service = unique("billing");
        String dataId = unique("billing-rules");
        PushedInstances pushed = new PushedInstances();
        consumer.subscribe(service, pushed);
        provider.registerInstance(service, "10.0.5.1", 8000);
        await().atMost(PUSH).untilAsserted(() -> assertThat(pushed.addresses()).containsExactly("10.0.5.1:8000"));
        List<String> received = new CopyOnWriteArrayList<>();
        config.addListener(dataId, GROUP, listener(received));

        target.restart();

        // Once reconnected, the clients' redo registers and subscribes again (every 3 s), and the registry
        // pushes the re-subscribed consumer the service: the redo drops the subscribe answer, so when the
        // provider happened to register first, that push is all the consumer's listener gets. Config
        // listeners listen again. Until the consumer is back, its query throws instead of answering: that
        // is "not yet", not a failure. A pass takes ~3 s; the bound is for a loaded machine.
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptionsMatching(NacosClientCompatibilityIT::reconnecting)
                .untilAsserted(() -> {
                    assertThat(addresses(consumer.getAllInstances(service, false)))
                            .containsExactly("10.0.5.1:8000");
                    assertThat(pushed.addresses()).containsExactly("10.0.5.1:8000");
                });
        ConfigService publisher = clients.config();
        assertThat(publisher.publishConfig(dataId, GROUP, "after-restart")).isTrue();
        await().atMost(PUSH).untilAsserted(() -> assertThat(received).containsExactly("after-restart"));
    }

    /**
     * What nacos-client throws for a request while it has no connection (status UNHEALTHY between the
     * registry going away and its reconnect succeeding); it answers again once the reconnect is done.
     */
    private static boolean reconnecting(Throwable e) {
        return e instanceof NacosException nacos && nacos.getErrCode() == NacosException.CLIENT_DISCONNECT;
    }

    private static AbstractListener listener(List<String> received) {
        return new AbstractListener() {
            @Override
            public void receiveConfigInfo(String content) {
                received.add(content == null ? "<removed>" : content);
            }
        };
    }

    private static Instance instance(String ip, int port, Map<String, String> metadata) {
        Instance instance = new Instance();
        instance.setIp(ip);
        instance.setPort(port);
        instance.setMetadata(new HashMap<>(metadata));
        return instance;
    }

    private static List<String> addresses(List<Instance> instances) {
        return instances.stream()
                .map(instance -> instance.getIp() + ":" + instance.getPort())
                .sorted()
                .toList();
    }

    private static String unique(String name) {
        return "aviary-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
