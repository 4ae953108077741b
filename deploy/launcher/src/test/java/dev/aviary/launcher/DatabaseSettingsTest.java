package dev.aviary.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void embeddedByDefault() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of());

        assertThat(settings.embedded()).isTrue();
        assertThat(settings.serviceEnvironment())
                .containsEntry("AVIARY_DB_URL", "jdbc:postgresql://127.0.0.1:15432/aviary");
    }

    @Test
    void anExternalDatabaseIsPassedToEveryServiceAsGiven() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of(
                "AVIARY_DB_URL", "jdbc:postgresql://db.internal:5432/aviary?password=s3cret",
                "AVIARY_DB_USER", "aviary",
                "AVIARY_DB_PASSWORD", "s3cret"));

        assertThat(settings.embedded()).isFalse();
        assertThat(settings.serviceEnvironment())
                .containsEntry("AVIARY_DB_URL", "jdbc:postgresql://db.internal:5432/aviary?password=s3cret")
                .containsEntry("AVIARY_DB_USER", "aviary")
                .containsEntry("AVIARY_DB_PASSWORD", "s3cret");
        assertThat(settings.describe())
                .isEqualTo("external PostgreSQL jdbc:postgresql://db.internal:5432/aviary")
                .doesNotContain("s3cret");
    }
}
