package dev.aviary.trafficpolicy;

import static dev.aviary.trafficpolicy.Policies.compiled;
import static dev.aviary.trafficpolicy.Policies.header;
import static dev.aviary.trafficpolicy.Policies.ruleWhen;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PercentConditionTest {

    private static final int USERS = 100_000;

    @Test
    void fivePercentOfUsersLandInTheLaneWithinOnePercentPoint() {
        assertThat(grayUsers("{'header': 'x-user-id', 'percent': 5}").size())
                .isBetween(USERS * 4 / 100, USERS * 6 / 100);
    }

    @Test
    void theSameUserGetsTheSameAnswerEveryTime() {
        assertThat(grayUsers("{'header': 'x-user-id', 'percent': 5}"))
                .isEqualTo(grayUsers("{'header': 'x-user-id', 'percent': 5}"));
    }

    @Test
    void wideningFromFiveToTenPercentKeepsTheFirstFivePercentIn() {
        Set<String> five = grayUsers("{'header': 'x-user-id', 'percent': 5}");
        Set<String> ten = grayUsers("{'header': 'x-user-id', 'percent': 10}");
        assertThat(ten).containsAll(five);
        assertThat(ten.size()).isBetween(USERS * 9 / 100, USERS * 11 / 100);
    }

    @Test
    void saltDefaultsToTheLaneAndAnExplicitSaltPicksOtherUsers() {
        CompiledPolicy laneSalted = compiled(ruleWhen("{'header': 'x-user-id', 'percent': 5, 'salt': 'gray'}"));
        Set<String> defaultSalt = grayUsers("{'header': 'x-user-id', 'percent': 5}");
        Set<String> explicit = new HashSet<>();
        for (int i = 0; i < USERS; i++) {
            if (!laneSalted.evaluate(header("x-user-id", "u" + i)).isBaseline()) {
                explicit.add("u" + i);
            }
        }
        assertThat(explicit).isEqualTo(defaultSalt);
        assertThat(grayUsers("{'header': 'x-user-id', 'percent': 5, 'salt': 'spring-sale'}"))
                .isNotEqualTo(defaultSalt);
    }

    @Test
    void zeroPercentMatchesNobodyAndHundredPercentEverybodyWithTheValue() {
        assertThat(grayUsers("{'header': 'x-user-id', 'percent': 0}")).isEmpty();
        assertThat(grayUsers("{'header': 'x-user-id', 'percent': 100}")).hasSize(USERS);
        assertThat(compiled(ruleWhen("{'header': 'x-user-id', 'percent': 100}"))
                        .evaluate(Policies.nothing())
                        .isBaseline())
                .isTrue();
    }

    @Test
    void fractionalPercentsUseBasisPoints() {
        assertThat(grayUsers("{'header': 'x-user-id', 'percent': 0.5}").size()).isBetween(400, 600);
        assertThat(Policies.policy(ruleWhen("{'header': 'x-user-id', 'percent': 12.25}"))
                        .rules()
                        .get(0)
                        .when())
                .isEqualTo(new PercentCondition(new Source(SourceKind.HEADER, "x-user-id"), 1225, null));
    }

    private static Set<String> grayUsers(String condition) {
        CompiledPolicy policy = compiled(ruleWhen(condition));
        Set<String> users = new HashSet<>();
        for (int i = 0; i < USERS; i++) {
            String user = "u" + i;
            if (!policy.evaluate(header("x-user-id", user)).isBaseline()) {
                users.add(user);
            }
        }
        return users;
    }
}
