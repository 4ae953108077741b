package dev.aviary.trafficpolicy;

import static dev.aviary.trafficpolicy.Policies.header;
import static dev.aviary.trafficpolicy.Policies.matches;
import static dev.aviary.trafficpolicy.Policies.policy;
import static dev.aviary.trafficpolicy.Policies.ruleWhen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InConditionTest {

    @Test
    void numericEntriesMatchOnlyTheirCanonicalSpelling() {
        String condition = "{'header': 'x-user-id', 'in': ['1001', '0', '-5', '9223372036854775807']}";
        assertThat(matches(condition, header("x-user-id", "1001"))).isTrue();
        assertThat(matches(condition, header("x-user-id", "0"))).isTrue();
        assertThat(matches(condition, header("x-user-id", "-5"))).isTrue();
        assertThat(matches(condition, header("x-user-id", "9223372036854775807")))
                .isTrue();
        assertThat(matches(condition, header("x-user-id", "01001"))).isFalse();
        assertThat(matches(condition, header("x-user-id", "+1001"))).isFalse();
        assertThat(matches(condition, header("x-user-id", "-0"))).isFalse();
        assertThat(matches(condition, header("x-user-id", "1001 "))).isFalse();
        assertThat(matches(condition, header("x-user-id", ""))).isFalse();
        assertThat(matches(condition, header("x-user-id", "1002"))).isFalse();
    }

    @Test
    void hugeNumbersDoNotOverflowIntoAMatch() {
        String condition = "{'header': 'x-user-id', 'in': ['-9223372036854775808', '1']}";
        assertThat(matches(condition, header("x-user-id", "-9223372036854775808")))
                .isTrue();
        // 2^64 + 1 would wrap around to 1 if parsing overflowed.
        assertThat(matches(condition, header("x-user-id", "18446744073709551617")))
                .isFalse();
        assertThat(matches(condition, header("x-user-id", "9223372036854775808")))
                .isFalse();
        assertThat(matches(condition, header("x-user-id", "123456789012345678901234567890")))
                .isFalse();
    }

    @Test
    void nonNumericEntriesUseAStringSet() {
        String condition = "{'header': 'x-user-id', 'in': ['alice', '1001', '']}";
        assertThat(matches(condition, header("x-user-id", "alice"))).isTrue();
        assertThat(matches(condition, header("x-user-id", "1001"))).isTrue();
        assertThat(matches(condition, header("x-user-id", ""))).isTrue();
        assertThat(matches(condition, header("x-user-id", "Alice"))).isFalse();
        assertThat(matches(condition, header("x-user-id", "01001"))).isFalse();
    }

    @Test
    void pinnedListsAreLoadedAtCompileTime() {
        TrafficPolicy policy = policy(ruleWhen("{'header': 'x-user-id', 'in': {'list': 'testers'}}"))
                .pinLists(Map.of("testers", 3L));
        List<String> loaded = new ArrayList<>();
        CompiledPolicy compiled = CompiledPolicy.compile(policy, (name, version) -> {
            loaded.add(name + "@" + version);
            return List.of("1001", "1002");
        });
        assertThat(loaded).containsExactly("testers@3");
        assertThat(compiled.evaluate(header("x-user-id", "1002")).lane()).isEqualTo("gray");
        assertThat(compiled.evaluate(header("x-user-id", "1003")).isBaseline()).isTrue();
    }

    @Test
    void unpinnedListsCannotBeCompiled() {
        TrafficPolicy policy = policy(ruleWhen("{'header': 'x-user-id', 'in': {'list': 'testers'}}"));
        assertThatThrownBy(() -> CompiledPolicy.compile(policy, (name, version) -> List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'testers' is not pinned");
    }

    @Test
    void aMillionEntryListCompilesAndMatches() {
        int size = 1_000_000;
        List<String> numeric = IntStream.range(0, size)
                .mapToObj(i -> Long.toString(13_000_000_000L + i * 7L))
                .toList();
        TrafficPolicy policy = policy(ruleWhen("{'header': 'x-user-id', 'in': {'list': 'all', 'version': 1}}"));
        CompiledPolicy compiled = CompiledPolicy.compile(policy, (name, version) -> numeric);
        assertThat(compiled.evaluate(header("x-user-id", "13000000007")).isBaseline())
                .isFalse();
        assertThat(compiled.evaluate(header("x-user-id", "13000000008")).isBaseline())
                .isTrue();

        List<String> textual = numeric.stream().map(id -> "u" + id).toList();
        CompiledPolicy textualPolicy = CompiledPolicy.compile(policy, (name, version) -> textual);
        assertThat(textualPolicy.evaluate(header("x-user-id", "u13000000007")).isBaseline())
                .isFalse();
        assertThat(textualPolicy.evaluate(header("x-user-id", "13000000007")).isBaseline())
                .isTrue();
    }
}
