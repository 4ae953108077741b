package dev.aviary.trafficpolicy;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test fixtures: policies written as JSON with single quotes, and sample requests. */
final class Policies {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String DOCS_EXAMPLE = """
            {
              'rules': [
                {'name': 'testers', 'lane': 'gray', 'when': {'header': 'x-user-id', 'in': ['1001', '1002']}},
                {'name': 'tail-7', 'lane': 'gray', 'when': {'header': 'x-user-id', 'tailDigits': ['7']}},
                {'name': 'new-app', 'lane': 'gray', 'when': {'header': 'x-app-version', 'versionRange': '>=5.2.0'}},
                {'name': 'five-pct', 'lane': 'gray', 'when': {'header': 'x-user-id', 'percent': 5}},
                {'name': 'gd', 'lane': 'feature-x', 'when': {'all': [{'cookie': 'region', 'equals': 'GD'},
                                                                      {'not': {'clientIp': '10.0.0.0/8'}}]}}
              ]
            }
            """;

    private Policies() {}

    static JsonNode json(String singleQuoted) {
        return JSON.readTree(singleQuoted.replace('\'', '"'));
    }

    static TrafficPolicy policy(String singleQuoted) {
        try {
            return TrafficPolicy.parse(json(singleQuoted));
        } catch (PolicyRejected e) {
            throw new AssertionError("rejected: " + e.errors(), e);
        }
    }

    static CompiledPolicy compiled(String singleQuoted) {
        return CompiledPolicy.compile(policy(singleQuoted), (name, version) -> {
            throw new IllegalStateException("no list " + name);
        });
    }

    /** A one-rule policy routing to lane {@code gray} when {@code condition} holds. */
    static String ruleWhen(String condition) {
        return "{'rules': [{'name': 'r', 'lane': 'gray', 'when': " + condition + "}]}";
    }

    static boolean matches(String condition, RequestView request) {
        return !compiled(ruleWhen(condition)).evaluate(request).isBaseline();
    }

    static List<FieldError> errors(String singleQuoted) {
        return errors(json(singleQuoted));
    }

    static List<FieldError> errors(JsonNode document) {
        try {
            TrafficPolicy.parse(document);
        } catch (PolicyRejected e) {
            return e.errors();
        }
        throw new AssertionError("accepted: " + document);
    }

    static List<FieldError> conditionErrors(String condition) {
        return errors(ruleWhen(condition));
    }

    static SampleRequest header(String name, String value) {
        return new SampleRequest(Map.of(name, value), null, null, null, null);
    }

    static SampleRequest clientIp(String ip) {
        return new SampleRequest(null, null, null, ip, null);
    }

    static SampleRequest nothing() {
        return new SampleRequest(null, null, null, null, null);
    }
}
