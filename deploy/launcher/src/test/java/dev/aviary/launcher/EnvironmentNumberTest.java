package dev.aviary.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentNumberTest {

    @Test
    void anUnsetOrBlankSettingTakesTheDefault() {
        assertThat(EnvironmentNumber.read(Map.of(), "AVIARY_DB_PORT", 15432, 1, 65535))
                .isEqualTo(15432);
        assertThat(EnvironmentNumber.read(Map.of("AVIARY_DB_PORT", " "), "AVIARY_DB_PORT", 15432, 1, 65535))
                .isEqualTo(15432);
    }

    @Test
    void aValidSettingIsUsed() {
        assertThat(EnvironmentNumber.read(Map.of("AVIARY_DB_PORT", "25432"), "AVIARY_DB_PORT", 15432, 1, 65535))
                .isEqualTo(25432);
    }

    @Test
    void aWordOrAnOutOfRangeNumberIsRefusedByName() {
        assertThatThrownBy(() ->
                        EnvironmentNumber.read(Map.of("AVIARY_DB_PORT", "five"), "AVIARY_DB_PORT", 15432, 1, 65535))
                .hasMessage("AVIARY_DB_PORT must be a whole number from 1 to 65535, not 'five'");
        assertThatThrownBy(() ->
                        EnvironmentNumber.read(Map.of("AVIARY_DB_PORT", "70000"), "AVIARY_DB_PORT", 15432, 1, 65535))
                .hasMessageContaining("not '70000'");
    }
}
