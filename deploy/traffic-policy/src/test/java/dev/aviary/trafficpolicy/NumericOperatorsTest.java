package dev.aviary.trafficpolicy;

import static dev.aviary.trafficpolicy.Policies.header;
import static dev.aviary.trafficpolicy.Policies.matches;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumericOperatorsTest {

    @Test
    void tailDigitsMatchTheEndOfTheValue() {
        String condition = "{'header': 'x-user-id', 'tailDigits': ['7', '07', '123456789']}";
        assertThat(matches(condition, header("x-user-id", "1237"))).isTrue();
        assertThat(matches(condition, header("x-user-id", "7"))).isTrue();
        assertThat(matches(condition, header("x-user-id", "1207"))).isTrue();
        assertThat(matches(condition, header("x-user-id", "99123456789"))).isTrue();
        assertThat(matches(condition, header("x-user-id", "1238"))).isFalse();
        assertThat(matches(condition, header("x-user-id", "17a"))).isFalse();
        assertThat(matches(condition, header("x-user-id", ""))).isFalse();
    }

    @Test
    void tailDigitsWithLeadingZerosNeedThoseZeros() {
        String condition = "{'header': 'x-user-id', 'tailDigits': ['07']}";
        assertThat(matches(condition, header("x-user-id", "1207"))).isTrue();
        assertThat(matches(condition, header("x-user-id", "07"))).isTrue();
        assertThat(matches(condition, header("x-user-id", "7"))).isFalse();
        assertThat(matches(condition, header("x-user-id", "1217"))).isFalse();
    }

    @Test
    void tailDigitsOnlyLookAtTheTail() {
        String condition = "{'header': 'x-user-id', 'tailDigits': ['42']}";
        assertThat(matches(condition, header("x-user-id", "user-42"))).isTrue();
        assertThat(matches(condition, header("x-user-id", "99999999999999999999999942")))
                .isTrue();
    }

    @Test
    void moduloWorksOnNumbersOfAnyLength() {
        String condition = "{'header': 'x-user-id', 'modulo': {'divisor': 100, 'remainders': [0, 1, 2]}}";
        assertThat(matches(condition, header("x-user-id", "1200"))).isTrue();
        assertThat(matches(condition, header("x-user-id", "1302"))).isTrue();
        assertThat(matches(condition, header("x-user-id", "1303"))).isFalse();
        assertThat(matches(condition, header("x-user-id", "123456789012345678901234567890101")))
                .isTrue();
        assertThat(matches(condition, header("x-user-id", "0"))).isTrue();
        assertThat(matches(condition, header("x-user-id", "00"))).isTrue();
    }

    @Test
    void moduloRejectsValuesThatAreNotNonNegativeIntegers() {
        String condition = "{'header': 'x-user-id', 'modulo': {'divisor': 2, 'remainders': [0, 1]}}";
        assertThat(matches(condition, header("x-user-id", "-4"))).isFalse();
        assertThat(matches(condition, header("x-user-id", "4.0"))).isFalse();
        assertThat(matches(condition, header("x-user-id", ""))).isFalse();
        assertThat(matches(condition, header("x-user-id", "u4"))).isFalse();
    }

    @Test
    void moduloAgreesWithBigIntegerForALargeDivisor() {
        String condition = "{'header': 'x-user-id', 'modulo': {'divisor': 999983, 'remainders': [12345]}}";
        java.math.BigInteger value = new java.math.BigInteger("98765432109876543210")
                .multiply(java.math.BigInteger.valueOf(999983))
                .add(java.math.BigInteger.valueOf(12345));
        assertThat(matches(condition, header("x-user-id", value.toString()))).isTrue();
        assertThat(matches(
                        condition,
                        header("x-user-id", value.add(java.math.BigInteger.ONE).toString())))
                .isFalse();
    }
}
