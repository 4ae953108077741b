package dev.aviary.trafficpolicy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/** Reads and validates a policy document, collecting every error. */
final class PolicyReader {

    static final int MAX_RULES = 200;
    private static final Set<String> RULE_FIELDS = Set.of("name", "lane", "when");

    private final Problems problems = new Problems();
    private final Map<String, Integer> ruleIndexByName = new HashMap<>();

    private PolicyReader() {}

    static TrafficPolicy read(JsonNode document, Set<String> allowedTopLevel) throws PolicyRejected {
        PolicyReader reader = new PolicyReader();
        List<Rule> rules = reader.readDocument(document, allowedTopLevel);
        reader.problems.throwIfAny();
        return new TrafficPolicy(rules);
    }

    private List<Rule> readDocument(JsonNode document, Set<String> allowedTopLevel) {
        if (document == null || !document.isObject()) {
            problems.add("rules", "expected a JSON object {\"rules\": [...]}, got " + JsonTypes.describe(document));
            return List.of();
        }
        Set<String> allowed = new TreeSet<>(allowedTopLevel);
        allowed.add("rules");
        for (String field : document.propertyNames()) {
            if (!allowed.contains(field)) {
                problems.add(field, "unknown field '" + field + "'; expected " + String.join(", ", allowed));
            }
        }
        JsonNode rules = document.get("rules");
        if (rules == null || !rules.isArray()) {
            problems.add("rules", "expected an array of rules, got " + JsonTypes.describe(rules));
            return List.of();
        }
        if (rules.size() > MAX_RULES) {
            problems.add("rules", "at most " + MAX_RULES + " rules, got " + rules.size());
        }
        List<Rule> result = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = readRule(rules.get(i), i);
            if (rule != null) {
                result.add(rule);
            }
        }
        return result;
    }

    private Rule readRule(JsonNode node, int index) {
        String path = "rules[" + index + "]";
        if (!node.isObject()) {
            problems.add(
                    path, "expected a rule object {\"name\", \"lane\", \"when\"}, got " + JsonTypes.describe(node));
            return null;
        }
        int before = problems.count();
        for (String field : node.propertyNames()) {
            if (!RULE_FIELDS.contains(field)) {
                problems.add(path + "." + field, "unknown field '" + field + "'; expected name, lane, when");
            }
        }
        String name = readName(node.get("name"), path + ".name", index);
        String lane = readLane(node.get("lane"), path + ".lane");
        Condition when = null;
        if (node.get("when") == null) {
            problems.add(path + ".when", "required: the condition requests must meet to go to the lane");
        } else {
            when = ConditionReader.read(node.get("when"), path + ".when", 1, problems);
        }
        return problems.count() == before ? new Rule(name, lane, when) : null;
    }

    private String readName(JsonNode node, String field, int index) {
        if (node == null) {
            problems.add(field, "required: a rule name such as 'gray-users'");
            return null;
        }
        String name = JsonTypes.string(node, field, problems);
        if (name == null) {
            return null;
        }
        if (!Names.RULE.matcher(name).matches()) {
            problems.add(
                    field,
                    JsonTypes.quote(name) + " is not a rule name: 1 to 63 lowercase letters, digits and '-',"
                            + " starting with a letter or digit");
            return name;
        }
        Integer first = ruleIndexByName.putIfAbsent(name, index);
        if (first != null) {
            problems.add(field, "duplicate rule name '" + name + "' (also rules[" + first + "])");
        }
        return name;
    }

    private String readLane(JsonNode node, String field) {
        if (node == null) {
            problems.add(field, "required: the lane matching requests go to");
            return null;
        }
        String lane = JsonTypes.string(node, field, problems);
        if (lane != null) {
            Names.checkLane(lane, field, problems);
        }
        return lane;
    }
}
