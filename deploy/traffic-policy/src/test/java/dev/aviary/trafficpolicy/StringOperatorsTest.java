package dev.aviary.trafficpolicy;

import static dev.aviary.trafficpolicy.Policies.header;
import static dev.aviary.trafficpolicy.Policies.matches;
import static dev.aviary.trafficpolicy.Policies.nothing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StringOperatorsTest {

    @Test
    void equalsMatchesTheExactValueOnly() {
        assertThat(matches("{'header': 'x-env', 'equals': 'gray'}", header("x-env", "gray")))
                .isTrue();
        assertThat(matches("{'header': 'x-env', 'equals': 'gray'}", header("x-env", "Gray")))
                .isFalse();
        assertThat(matches("{'header': 'x-env', 'equals': 'gray'}", header("x-env", "")))
                .isFalse();
        assertThat(matches("{'header': 'x-env', 'equals': ''}", header("x-env", "")))
                .isTrue();
    }

    @Test
    void headerNamesAreCaseInsensitive() {
        assertThat(matches("{'header': 'X-Env', 'equals': 'gray'}", header("x-ENV", "gray")))
                .isTrue();
    }

    @Test
    void cookieQueryAndPathAreSources() {
        SampleRequest request =
                new SampleRequest(null, Map.of("region", "GD"), Map.of("debug", "1"), null, "/api/orders/17");
        assertThat(matches("{'cookie': 'region', 'equals': 'GD'}", request)).isTrue();
        assertThat(matches("{'cookie': 'Region', 'equals': 'GD'}", request)).isFalse();
        assertThat(matches("{'query': 'debug', 'equals': '1'}", request)).isTrue();
        assertThat(matches("{'path': {'prefix': '/api/orders/'}}", request)).isTrue();
        assertThat(matches("{'path': {'prefix': '/api/users/'}}", request)).isFalse();
    }

    @Test
    void prefixMatchesTheStartOfTheValue() {
        assertThat(matches("{'header': 'x-user-id', 'prefix': 'vip-'}", header("x-user-id", "vip-17")))
                .isTrue();
        assertThat(matches("{'header': 'x-user-id', 'prefix': 'vip-'}", header("x-user-id", "vip")))
                .isFalse();
        assertThat(matches("{'header': 'x-user-id', 'prefix': ''}", header("x-user-id", "")))
                .isTrue();
    }

    @Test
    void regexMustMatchTheWholeValue() {
        String condition = "{'header': 'user-agent', 'regex': '.*Android [0-9]+.*'}";
        assertThat(matches(condition, header("User-Agent", "Mozilla/5.0 (Linux; Android 14; Pixel)")))
                .isTrue();
        assertThat(matches("{'header': 'x-id', 'regex': '[0-9]+'}", header("x-id", "123abc")))
                .isFalse();
        assertThat(matches("{'header': 'x-id', 'regex': '[0-9]+'}", header("x-id", "123")))
                .isTrue();
        assertThat(matches("{'header': 'x-id', 'regex': '[0-9]*'}", header("x-id", "")))
                .isTrue();
    }

    @Test
    void anAbsentSourceMatchesNoOperatorAndNotOfItMatches() {
        String[] conditions = {
            "{'header': 'x-user-id', 'equals': ''}",
            "{'header': 'x-user-id', 'in': ['', '1']}",
            "{'header': 'x-user-id', 'prefix': ''}",
            "{'header': 'x-user-id', 'regex': '.*'}",
            "{'header': 'x-user-id', 'tailDigits': ['7']}",
            "{'header': 'x-user-id', 'modulo': {'divisor': 1, 'remainders': [0]}}",
            "{'header': 'x-user-id', 'percent': 100}",
            "{'header': 'x-user-id', 'versionRange': '>=0'}",
            "{'cookie': 'x', 'equals': ''}",
            "{'query': 'x', 'equals': ''}",
            "{'path': {'prefix': ''}}",
            "{'clientIp': '0.0.0.0/0'}"
        };
        for (String condition : conditions) {
            assertThat(matches(condition, nothing())).as(condition).isFalse();
            assertThat(matches("{'not': " + condition + "}", nothing()))
                    .as(condition)
                    .isTrue();
        }
    }
}
