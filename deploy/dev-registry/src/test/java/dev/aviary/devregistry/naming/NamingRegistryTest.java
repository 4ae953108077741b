package dev.aviary.devregistry.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aviary.devregistry.remote.RecordingConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NamingRegistryTest {

    /** The push that follows every subscribe comes an hour late here, so the tests count only change pushes. */
    private final NamingRegistry registry = new NamingRegistry(Duration.ofHours(1));

    /**
     * For the tests of that push: its default delay, long enough that the steps a test takes before it checks
     * what came so far never race the push, even on a loaded machine.
     */
    private final NamingRegistry pushingSoon = new NamingRegistry(Duration.ofMillis(500));

    private final ServiceKey orders = ServiceKey.of("", "", "orders");
    private final RecordingConnection provider = new RecordingConnection("provider");
    private final RecordingConnection subscriber = new RecordingConnection("subscriber");

    @Test
    void blankNamespaceAndGroupAreTheDefaultsAndPublicIsTheSameNamespace() {
        assertThat(orders).isEqualTo(new ServiceKey("public", "DEFAULT_GROUP", "orders"));
        assertThat(ServiceKey.of("public", "DEFAULT_GROUP", "orders")).isEqualTo(orders);
    }

    @Test
    void everyChangeIsPushedToSubscribersWithBareNameGroupAndIncreasingLastRefTime() {
        registry.subscribe(subscriber, orders);

        registry.register(provider, orders, instance("10.0.0.1", 80, Map.of("aviary.lane", "gray")));
        registry.register(provider, orders, instance("10.0.0.1", 80, Map.of("aviary.lane", "blue")));
        registry.deregister(provider, orders);

        assertThat(subscriber.pushes()).hasSize(3).allSatisfy(push -> {
            assertThat(push.type()).isEqualTo("NotifySubscriberRequest");
            assertThat(push.body().at("/serviceInfo/name").asText()).isEqualTo("orders");
            assertThat(push.body().at("/serviceInfo/groupName").asText()).isEqualTo("DEFAULT_GROUP");
        });
        List<Long> refTimes = new ArrayList<>();
        subscriber
                .pushes()
                .forEach(push ->
                        refTimes.add(push.body().at("/serviceInfo/lastRefTime").asLong()));
        assertThat(refTimes).isSorted().doesNotHaveDuplicates();
        JsonNode secondHosts = subscriber.pushes().get(1).body().at("/serviceInfo/hosts");
        assertThat(secondHosts).hasSize(1);
        assertThat(secondHosts.get(0).at("/metadata/aviary.lane").asText()).isEqualTo("blue");
        assertThat(secondHosts.get(0).path("instanceId").asText())
                .isEqualTo("10.0.0.1#80#DEFAULT#DEFAULT_GROUP@@orders");
        assertThat(subscriber.lastPush().body().at("/serviceInfo/hosts")).isEmpty();
    }

    @Test
    void registeringAgainOnOneConnectionReplacesItsInstanceAsNacosDoes() {
        registry.register(provider, orders, instance("10.0.0.1", 80, Map.of()));
        registry.register(provider, orders, instance("10.0.0.2", 80, Map.of()));

        assertThat(addresses(registry.snapshot(orders))).containsExactly("10.0.0.2:80");
    }

    @Test
    void deregisteringTwiceIsHarmlessAndDoesNotPushTwice() {
        registry.register(provider, orders, instance("10.0.0.1", 80, Map.of()));
        registry.subscribe(subscriber, orders);

        registry.deregister(provider, orders);
        registry.deregister(provider, orders);

        assertThat(subscriber.pushes()).hasSize(1);
    }

    @Test
    void closedConnectionLosesItsInstancesAndSubscriptionsAndOthersArePushed() {
        RecordingConnection other = new RecordingConnection("other");
        registry.register(provider, orders, instance("10.0.0.1", 80, Map.of()));
        registry.register(other, orders, instance("10.0.0.2", 80, Map.of()));
        registry.subscribe(subscriber, orders);
        registry.subscribe(provider, orders);

        provider.close();
        registry.connectionClosed(provider);

        assertThat(addresses(registry.snapshot(orders))).containsExactly("10.0.0.2:80");
        assertThat(subscriber.lastPush().body().at("/serviceInfo/hosts")).hasSize(1);
        registry.register(other, orders, instance("10.0.0.3", 80, Map.of()));
        assertThat(provider.pushes()).isEmpty();
    }

    @Test
    void aRequestThatArrivesAfterItsConnectionClosedLeavesNothingBehind() {
        provider.close();
        registry.connectionClosed(provider);

        registry.register(provider, orders, instance("10.0.0.1", 80, Map.of()));

        assertThat(registry.snapshot(orders).instances()).isEmpty();
        assertThat(registry.serviceNames("public", "DEFAULT_GROUP")).isEmpty();
    }

    @Test
    void servicesAreListedPerNamespaceAndGroupWhileTheyHaveInstances() {
        registry.register(provider, orders, instance("10.0.0.1", 80, Map.of()));
        registry.register(provider, ServiceKey.of("dev", "AVIARY", "billing"), instance("10.0.0.1", 81, Map.of()));
        registry.subscribe(subscriber, ServiceKey.of("", "", "nobody-registered"));

        assertThat(registry.serviceNames("public", "DEFAULT_GROUP")).containsExactly("orders");
        assertThat(registry.serviceNames("dev", "AVIARY")).containsExactly("billing");
        assertThat(registry.groups("dev")).containsExactly("AVIARY");
    }

    @Test
    void batchPublishReplacesTheConnectionsInstancesAndAnEmptyBatchRemovesThem() {
        registry.publish(
                provider, orders, List.of(instance("10.0.0.1", 80, Map.of()), instance("10.0.0.2", 80, Map.of())));
        assertThat(addresses(registry.snapshot(orders))).containsExactly("10.0.0.1:80", "10.0.0.2:80");

        registry.publish(provider, orders, List.of());

        assertThat(registry.snapshot(orders).instances()).isEmpty();
    }

    @Test
    void subscriberIsPushedTheServiceShortlyAfterSubscribingEvenWhenNothingChanged() {
        // nacos-client's redo after a reconnect subscribes again and drops the answer: after a registry
        // restart, the provider may have registered again before, and only this push tells the consumer.
        pushingSoon.register(provider, orders, instance("10.0.0.1", 80, Map.of()));
        ServiceSnapshot answered = pushingSoon.subscribe(subscriber, orders);
        assertThat(subscriber.pushes()).isEmpty();

        await().atMost(Duration.ofSeconds(3))
                .untilAsserted(() -> assertThat(subscriber.pushes()).hasSize(1));
        JsonNode pushed = subscriber.lastPush().body().at("/serviceInfo");
        assertThat(pushed.at("/hosts")).hasSize(1);
        assertThat(pushed.at("/hosts/0/ip").asText()).isEqualTo("10.0.0.1");
        assertThat(pushed.at("/lastRefTime").asLong()).isEqualTo(answered.lastRefTime());
    }

    @Test
    void thePushAfterSubscribingCarriesWhatChangedInBetween() {
        ServiceSnapshot answered = pushingSoon.subscribe(subscriber, orders);
        pushingSoon.register(provider, orders, instance("10.0.0.1", 80, Map.of()));
        // The change push; the client may handle it before the (older) subscribe answer and keep that one.
        assertThat(subscriber.pushes()).hasSize(1);

        await().atMost(Duration.ofSeconds(3))
                .untilAsserted(() -> assertThat(subscriber.pushes()).hasSize(2));
        long resent =
                subscriber.lastPush().body().at("/serviceInfo/lastRefTime").asLong();
        assertThat(resent).isGreaterThan(answered.lastRefTime());
        assertThat(subscriber.lastPush().body().at("/serviceInfo/hosts")).hasSize(1);
    }

    @Test
    void aSubscriberThatUnsubscribedBeforeThePushAfterSubscribingIsNotSentIt() {
        pushingSoon.register(provider, orders, instance("10.0.0.1", 80, Map.of()));
        pushingSoon.subscribe(subscriber, orders);

        pushingSoon.unsubscribe(subscriber, orders);

        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> subscriber.pushes().isEmpty());
    }

    @AfterEach
    void close() {
        registry.close();
        pushingSoon.close();
    }

    private static RegisteredInstance instance(String ip, int port, Map<String, String> metadata) {
        return new RegisteredInstance(ip, port, 1.0, true, true, "DEFAULT", metadata);
    }

    private static List<String> addresses(ServiceSnapshot snapshot) {
        return snapshot.instances().stream().map(RegisteredInstance::address).toList();
    }
}
