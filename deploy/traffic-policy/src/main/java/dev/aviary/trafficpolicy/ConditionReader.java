package dev.aviary.trafficpolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads a condition object: a composite, or one source with one operator. */
final class ConditionReader {

    static final int MAX_DEPTH = 16;
    static final int MAX_CHILDREN = 50;
    private static final Set<String> COMPOSITES = Set.of("all", "any", "not");
    private static final String EXPECTED = "expected all, any, not or a source (header, cookie, query, clientIp, path)";

    private ConditionReader() {}

    static Condition read(JsonNode node, String path, int depth, Problems problems) {
        if (!node.isObject()) {
            problems.add(path, "expected a condition object, got " + JsonTypes.describe(node));
            return null;
        }
        if (depth > MAX_DEPTH) {
            problems.add(path, "conditions are nested deeper than " + MAX_DEPTH + " levels");
            return null;
        }
        List<String> heads = new ArrayList<>();
        for (String field : node.propertyNames()) {
            if (COMPOSITES.contains(field) || sourceKind(field) != null) {
                heads.add(field);
            }
        }
        if (heads.size() > 1) {
            problems.add(
                    path,
                    "more than one source or composite in one condition (" + String.join(", ", heads)
                            + "); combine them with all or any");
            return null;
        }
        if (heads.isEmpty()) {
            reportHeadless(node, path, problems);
            return null;
        }
        String head = heads.get(0);
        return COMPOSITES.contains(head)
                ? readComposite(node, head, path, depth, problems)
                : SourcedConditionReader.read(node, sourceKind(head), path, problems);
    }

    private static void reportHeadless(JsonNode node, String path, Problems problems) {
        if (node.isEmpty()) {
            problems.add(path, "empty condition; " + EXPECTED);
            return;
        }
        for (String field : node.propertyNames()) {
            if (Operators.READERS.containsKey(field)) {
                problems.add(path, "operator '" + field + "' has no source; " + EXPECTED);
            } else {
                problems.add(path + "." + field, "unknown field '" + field + "'; " + EXPECTED);
            }
        }
    }

    private static Condition readComposite(JsonNode node, String head, String path, int depth, Problems problems) {
        for (String field : node.propertyNames()) {
            if (!field.equals(head)) {
                problems.add(path + "." + field, "unknown field '" + field + "' next to '" + head + "'");
            }
        }
        String childPath = path + "." + head;
        JsonNode operand = node.get(head);
        if (head.equals("not")) {
            Condition negated = read(operand, childPath, depth + 1, problems);
            return negated == null ? null : new NotCondition(negated);
        }
        if (!operand.isArray()) {
            problems.add(childPath, "expected an array of conditions, got " + JsonTypes.describe(operand));
            return null;
        }
        if (operand.isEmpty() || operand.size() > MAX_CHILDREN) {
            problems.add(childPath, "expected 1 to " + MAX_CHILDREN + " conditions, got " + operand.size());
            return null;
        }
        List<Condition> children = new ArrayList<>(operand.size());
        boolean valid = true;
        for (int i = 0; i < operand.size(); i++) {
            Condition child = read(operand.get(i), childPath + "[" + i + "]", depth + 1, problems);
            valid &= child != null;
            children.add(child);
        }
        if (!valid) {
            return null;
        }
        return head.equals("all") ? new AllCondition(children) : new AnyCondition(children);
    }

    static SourceKind sourceKind(String field) {
        for (SourceKind kind : SourceKind.values()) {
            if (kind.jsonName().equals(field)) {
                return kind;
            }
        }
        return null;
    }
}
