package dev.aviary.devregistry.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.devregistry.remote.RecordingConnection;
import org.junit.jupiter.api.Test;

class ConfigStoreTest {

    private final ConfigListeners listeners = new ConfigListeners();
    private final ConfigStore store = new ConfigStore(listeners);
    private final ConfigKey rules = ConfigKey.of("", "AVIARY", "lane-rules.yaml");

    @Test
    void md5IsLowercaseHexOfUtf8ContentAndEmptyForNone() {
        assertThat(StoredConfig.md5("hello")).isEqualTo("5d41402abc4b2a76b9719d911017c592");
        assertThat(StoredConfig.md5("灰度")).isEqualTo("bc78c1c3bee94757423614573c0678ed");
        assertThat(StoredConfig.md5(null)).isEmpty();
    }

    @Test
    void listenersArePushedOnChangeWithTheTenantTheySentButNotForTheSameContent() {
        RecordingConnection v2Client = new RecordingConnection("v2");
        RecordingConnection v3Client = new RecordingConnection("v3");
        listeners.listen(v2Client, rules, "");
        listeners.listen(v3Client, ConfigKey.of("public", "AVIARY", "lane-rules.yaml"), "public");

        store.publish(rules, StoredConfig.of("lanes: [gray]", "yaml", "", ""), "");
        store.publish(rules, StoredConfig.of("lanes: [gray]", "yaml", "", ""), "");

        assertThat(v2Client.pushes()).singleElement().satisfies(push -> {
            assertThat(push.type()).isEqualTo("ConfigChangeNotifyRequest");
            assertThat(push.body().path("dataId").asText()).isEqualTo("lane-rules.yaml");
            assertThat(push.body().path("group").asText()).isEqualTo("AVIARY");
            assertThat(push.body().path("tenant").asText()).isEmpty();
        });
        assertThat(v3Client.pushes())
                .singleElement()
                .satisfies(
                        push -> assertThat(push.body().path("tenant").asText()).isEqualTo("public"));

        store.remove(rules);
        assertThat(v2Client.pushes()).hasSize(2);
        assertThat(store.get(rules)).isEmpty();
    }

    @Test
    void compareAndSetPublishesOnlyOverTheExpectedMd5() {
        store.publish(rules, StoredConfig.of("v1", "text", "", ""), "");

        assertThat(store.publish(rules, StoredConfig.of("v2", "text", "", ""), StoredConfig.md5("other")))
                .isEqualTo(ConfigStore.Outcome.STALE);
        assertThat(store.publish(rules, StoredConfig.of("v2", "text", "", ""), StoredConfig.md5("v1")))
                .isEqualTo(ConfigStore.Outcome.CHANGED);
        assertThat(store.get(rules)).get().extracting(StoredConfig::content).isEqualTo("v2");
    }

    @Test
    void closedConnectionStopsListening() {
        RecordingConnection client = new RecordingConnection("c");
        listeners.listen(client, rules, "");

        // The recorder still accepts pushes, so none arriving shows that the listener is gone.
        listeners.connectionClosed(client);
        store.publish(rules, StoredConfig.of("v1", "text", "", ""), "");

        assertThat(client.pushes()).isEmpty();
    }
}
