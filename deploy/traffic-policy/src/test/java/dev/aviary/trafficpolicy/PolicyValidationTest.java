package dev.aviary.trafficpolicy;

import static dev.aviary.trafficpolicy.Policies.conditionErrors;
import static dev.aviary.trafficpolicy.Policies.errors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PolicyValidationTest {

    @Test
    void reportsEveryErrorAtOnceWithItsPath() {
        String policy = """
                {'rules': [
                  {'name': 'gray-users', 'lane': 'gray', 'when': {'header': 'x-user-id', 'startsWith': '1'}},
                  {'name': 'Bad Name', 'lane': 'Gray', 'when': {'header': 'x-user-id', 'in': []}},
                  {'name': 'gray-users', 'lane': 'baseline', 'colour': 'red',
                   'when': {'all': [{'cookie': 'region', 'equals': 'GD'},
                                    {'not': {'header': 'x-app-version', 'versionRange': '>=5.x'}}]}}
                ],
                'comment': 'not allowed here'}
                """;
        assertThat(errors(policy))
                .extracting(FieldError::field, FieldError::message)
                .containsExactlyInAnyOrder(
                        tuple("comment", "unknown field 'comment'; expected rules"),
                        tuple(
                                "rules[0].when.startsWith",
                                "unknown operator 'startsWith'; expected one of equals, in, regex, prefix, tailDigits,"
                                        + " modulo, percent, versionRange, cidr"),
                        tuple(
                                "rules[1].name",
                                "'Bad Name' is not a rule name: 1 to 63 lowercase letters, digits and '-', starting"
                                        + " with a letter or digit"),
                        tuple(
                                "rules[1].lane",
                                "'Gray' is not a lane name: 1 to 40 lowercase letters, digits and '-', starting with"
                                        + " a letter"),
                        tuple("rules[1].when.in", "expected 1 to 1000000 entries, got 0"),
                        tuple("rules[2].colour", "unknown field 'colour'; expected name, lane, when"),
                        tuple("rules[2].name", "duplicate rule name 'gray-users' (also rules[0])"),
                        tuple("rules[2].lane", "'baseline' is not a lane: it is where requests that match no rule go"),
                        tuple(
                                "rules[2].when.all[1].not.versionRange",
                                "'>=5.x' is not a version range: '5.x': wildcards are not supported; write >=5.0.0"
                                        + " <6 instead of 5.x"));
    }

    @Test
    void extraTopLevelFieldsAreAcceptedWhenAllowed() throws PolicyRejected {
        TrafficPolicy policy =
                TrafficPolicy.parse(Policies.json("{'rules': [], 'comment': 'stop'}"), Set.of("rules", "comment"));
        assertThat(policy).isEqualTo(TrafficPolicy.EMPTY);
    }

    @Test
    void documentMustBeAnObjectWithRules() {
        assertThat(errors("[]"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("rules", "expected a JSON object {\"rules\": [...]}, got an array"));
        assertThat(errors("{}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("rules", "expected an array of rules, got null"));
        assertThat(errors("{'rules': [1, {}]}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        tuple("rules[0]", "expected a rule object {\"name\", \"lane\", \"when\"}, got a number"),
                        tuple("rules[1].name", "required: a rule name such as 'gray-users'"),
                        tuple("rules[1].lane", "required: the lane matching requests go to"),
                        tuple("rules[1].when", "required: the condition requests must meet to go to the lane"));
    }

    @Test
    void atMostTwoHundredRules() {
        String rules = IntStream.range(0, 201)
                .mapToObj(i -> "{'name': 'r" + i + "', 'lane': 'gray', 'when': {'path': {'prefix': '/'}}}")
                .collect(Collectors.joining(","));
        assertThat(errors("{'rules': [" + rules + "]}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("rules", "at most 200 rules, got 201"));
    }

    @Test
    void wrongJsonTypes() {
        assertThat(conditionErrors("{'header': 7, 'equals': 1}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        tuple("rules[0].when.header", "expected a string, got a number"),
                        tuple("rules[0].when.equals", "expected a string, got a number"));
        assertThat(conditionErrors("'x'"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("rules[0].when", "expected a condition object, got a string"));
        assertThat(conditionErrors("{'header': 'x-id', 'in': ['1', 2, null]}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        tuple("rules[0].when.in[1]", "expected a string, got a number"),
                        tuple("rules[0].when.in[2]", "expected a string, got null"));
        assertThat(conditionErrors("{'path': '/api'}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("rules[0].when.path", "expected {\"<operator>\": operand}, got a string"));
    }

    @Test
    void oneSourceAndOneOperatorPerObject() {
        assertThat(conditionErrors("{'header': 'x-a', 'cookie': 'b', 'equals': '1'}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple(
                        "rules[0].when",
                        "more than one source or composite in one condition (header, cookie); combine them with all"
                                + " or any"));
        assertThat(conditionErrors("{'header': 'x-a', 'equals': '1', 'prefix': '1'}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple(
                        "rules[0].when",
                        "more than one operator in one condition (equals, prefix); combine them with all or any"));
        assertThat(conditionErrors("{'header': 'x-a'}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple(
                        "rules[0].when",
                        "no operator; expected one of equals, in, regex, prefix, tailDigits, modulo, percent,"
                                + " versionRange, cidr"));
        assertThat(conditionErrors("{'equals': '1'}"))
                .extracting(FieldError::field)
                .containsExactly("rules[0].when");
        assertThat(conditionErrors("{}"))
                .extracting(FieldError::message)
                .containsExactly(
                        "empty condition; expected all, any, not or a source (header, cookie, query, clientIp, path)");
        assertThat(conditionErrors("{'all': [{'path': {'prefix': '/'}}], 'header': 'x'}"))
                .extracting(FieldError::field)
                .containsExactly("rules[0].when");
        assertThat(conditionErrors("{'not': {'path': {'prefix': '/'}}, 'extra': 1}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("rules[0].when.extra", "unknown field 'extra' next to 'not'"));
    }

    @Test
    void operatorsMustSuitTheSource() {
        assertThat(conditionErrors("{'header': 'x-forwarded-for', 'cidr': '10.0.0.0/8'}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("rules[0].when.cidr", "cidr applies to clientIp only"));
        assertThat(conditionErrors("{'clientIp': {'equals': '10.0.0.1'}}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("rules[0].when.clientIp.equals", "clientIp takes cidr only, not equals"));
        assertThat(conditionErrors("{'header': 'x-a', 'equals': '1', 'salt': 's'}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("rules[0].when.salt", "'salt' only goes with percent"));
    }

    @Test
    void regexMustCompileAndStayShort() {
        assertThat(conditionErrors("{'header': 'x-a', 'regex': '(unclosed'}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple(
                        "rules[0].when.regex",
                        "'(unclosed' is not a valid regular expression: Unclosed group near index 9"));
        assertThat(conditionErrors("{'header': 'x-a', 'regex': '" + "a".repeat(1001) + "'}"))
                .extracting(FieldError::message)
                .containsExactly("a regular expression of at most 1000 characters, got 1001");
    }

    @Test
    void versionRangesMustParse() {
        assertThat(rangeError("")).isEqualTo("'' is not a version range: empty range");
        assertThat(rangeError(">=5.2.0 ||"))
                .isEqualTo("'>=5.2.0 ||' is not a version range: empty comparator set around '||'");
        assertThat(rangeError("^5.2"))
                .isEqualTo("'^5.2' is not a version range: '^' ranges are not supported; use comparators >= > <= < =");
        assertThat(rangeError(">=")).isEqualTo("'>=' is not a version range: '>=' is not followed by a version");
        assertThat(rangeError(">=5.2.a"))
                .isEqualTo("'>=5.2.a' is not a version range: '5.2.a': patch 'a' is not a number");
        assertThat(rangeError("1.0.0 - 2.0.0"))
                .isEqualTo(
                        "'1.0.0 - 2.0.0' is not a version range: hyphen ranges are not supported; write >=1.0.0 <=2.0.0");
        assertThat(rangeError(">=5.2.0-")).isEqualTo("'>=5.2.0-' is not a version range: '5.2.0-': invalid prerelease");
        assertThat(rangeError(">>5")).isEqualTo("'>>5' is not a version range: '>>5' has more than one operator");
    }

    @Test
    void cidrsMustParse() {
        assertThat(conditionErrors("{'clientIp': '10.0.0.0/33'}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        tuple("rules[0].when.clientIp", "'10.0.0.0/33' is not a CIDR: prefix length 33 is above 32"));
        assertThat(conditionErrors("{'clientIp': {'cidr': ['10.0.0.0/8', '10.1.2.3/8', 'intranet/8', '::1/x']}}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        tuple(
                                "rules[0].when.clientIp.cidr[1]",
                                "'10.1.2.3/8' is not a CIDR: host bits are set; did you mean 10.0.0.0/8?"),
                        tuple(
                                "rules[0].when.clientIp.cidr[2]",
                                "'intranet/8' is not a CIDR: 'intranet' is not an IPv4 or IPv6 address"),
                        tuple("rules[0].when.clientIp.cidr[3]", "'::1/x' is not a CIDR: 'x' is not a prefix length"));
        assertThat(conditionErrors("{'clientIp': {'cidr': []}}"))
                .extracting(FieldError::message)
                .containsExactly("expected 1 to 1000 CIDRs, got 0");
    }

    @Test
    void percentMustBeZeroToHundredWithTwoDecimals() {
        assertThat(conditionErrors("{'header': 'x-a', 'percent': 100.5}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("rules[0].when.percent", "expected a number from 0 to 100, got 100.5"));
        assertThat(conditionErrors("{'header': 'x-a', 'percent': -1}"))
                .extracting(FieldError::message)
                .containsExactly("expected a number from 0 to 100, got -1");
        assertThat(conditionErrors("{'header': 'x-a', 'percent': 5.125}"))
                .extracting(FieldError::message)
                .containsExactly("5.125 has more than 2 decimals");
        assertThat(conditionErrors("{'header': 'x-a', 'percent': 1e400}"))
                .extracting(FieldError::field)
                .containsExactly("rules[0].when.percent");
        assertThat(conditionErrors("{'header': 'x-a', 'percent': '5'}"))
                .extracting(FieldError::message)
                .containsExactly("expected a number from 0 to 100, got a string");
        assertThat(conditionErrors("{'path': {'percent': 5, 'salt': ''}}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("rules[0].when.path.salt", "expected 1 to 256 characters"));
    }

    @Test
    void moduloDivisorAndRemainders() {
        assertThat(conditionErrors("{'header': 'x-a', 'modulo': {'divisor': 0, 'remainders': [0]}}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("rules[0].when.modulo.divisor", "expected an integer from 1 to 1000000, got 0"));
        assertThat(conditionErrors("{'header': 'x-a', 'modulo': {'divisor': 1000001, 'remainders': [0]}}"))
                .extracting(FieldError::message)
                .containsExactly("expected an integer from 1 to 1000000, got 1000001");
        assertThat(conditionErrors("{'header': 'x-a', 'modulo': {'divisor': 10, 'remainders': [3, 10, -1], 'x': 1}}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        tuple("rules[0].when.modulo.x", "unknown field 'x'; expected divisor, remainders"),
                        tuple("rules[0].when.modulo.remainders[1]", "remainder 10 is not below the divisor 10"),
                        tuple("rules[0].when.modulo.remainders[2]", "expected a non-negative integer, got -1"));
        assertThat(conditionErrors("{'header': 'x-a', 'modulo': {'divisor': 10, 'remainders': []}}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("rules[0].when.modulo.remainders", "expected a non-empty array of remainders"));
    }

    @Test
    void tailDigitsAreOneToNineDigits() {
        assertThat(conditionErrors("{'header': 'x-a', 'tailDigits': ['7', '', '1234567890', '7a', 7]}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        tuple("rules[0].when.tailDigits[1]", "'' is not a string of 1 to 9 digits"),
                        tuple("rules[0].when.tailDigits[2]", "'1234567890' is not a string of 1 to 9 digits"),
                        tuple("rules[0].when.tailDigits[3]", "'7a' is not a string of 1 to 9 digits"),
                        tuple("rules[0].when.tailDigits[4]", "expected a string, got a number"));
        assertThat(conditionErrors("{'header': 'x-a', 'tailDigits': []}"))
                .extracting(FieldError::message)
                .containsExactly("expected 1 to 1000 entries, got 0");
    }

    @Test
    void inEntriesAndListReferences() {
        assertThat(conditionErrors("{'header': 'x-a', 'in': ['" + "x".repeat(257) + "']}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("rules[0].when.in[0]", "at most 256 characters, got 257"));
        assertThat(conditionErrors("{'header': 'x-a', 'in': {'list': 'Testers', 'version': 0, 'size': 3}}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        tuple("rules[0].when.in.size", "unknown field 'size'; expected list, version"),
                        tuple("rules[0].when.in.list", "'Testers' is not a traffic list name"),
                        tuple("rules[0].when.in.version", "expected a positive integer, got 0"));
        assertThat(conditionErrors("{'header': 'x-a', 'in': 'testers'}"))
                .extracting(FieldError::message)
                .containsExactly("expected an array of strings or {\"list\": \"<traffic list>\"}, got a string");
    }

    @Test
    void aMillionBadEntriesAreNotAMillionErrors() {
        String entries = IntStream.range(0, 25).mapToObj(i -> "1").collect(Collectors.joining(","));
        assertThat(conditionErrors("{'header': 'x-a', 'in': [" + entries + "]}"))
                .hasSize(11)
                .last()
                .isEqualTo(new FieldError("rules[0].when.in", "15 more invalid entries"));
    }

    @Test
    void compositesHoldOneToFiftyConditionsAndNestAtMostSixteenDeep() {
        assertThat(conditionErrors("{'any': []}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("rules[0].when.any", "expected 1 to 50 conditions, got 0"));
        String fiftyOne = IntStream.range(0, 51)
                .mapToObj(i -> "{'path': {'prefix': '/'}}")
                .collect(Collectors.joining(","));
        assertThat(conditionErrors("{'all': [" + fiftyOne + "]}"))
                .extracting(FieldError::message)
                .containsExactly("expected 1 to 50 conditions, got 51");
        String deep = "{'path': {'prefix': '/'}}";
        for (int i = 0; i < 16; i++) {
            deep = "{'not': " + deep + "}";
        }
        assertThat(conditionErrors(deep))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        tuple("rules[0].when" + ".not".repeat(16), "conditions are nested deeper than 16 levels"));
    }

    @Test
    void sourceNamesMustBeTokens() {
        assertThat(conditionErrors("{'header': 'x user', 'equals': '1'}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("rules[0].when.header", "'x user' is not a header name"));
        assertThat(conditionErrors("{'query': '', 'equals': '1'}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("rules[0].when.query", "'' is not a query name"));
    }

    private static String rangeError(String range) {
        var errors = conditionErrors("{'header': 'x-v', 'versionRange': '" + range + "'}");
        assertThat(errors).extracting(FieldError::field).containsExactly("rules[0].when.versionRange");
        return errors.get(0).message();
    }
}
