package dev.aviary.trafficpolicy;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The value is one of {@code values}, or of the entries of the traffic list {@code list}.
 *
 * @param values the inline entries; null when the condition references a list
 * @param list the referenced traffic list; null for inline entries
 * @param listVersion the pinned list version; null until pinned
 */
public record InCondition(Source source, List<String> values, String list, Long listVersion) implements Condition {

    public InCondition {
        values = values == null ? null : List.copyOf(values);
    }

    public boolean referencesList() {
        return list != null;
    }

    @Override
    public JsonNode toJson() {
        if (referencesList()) {
            ObjectNode reference = OperatorJson.NODES.objectNode();
            reference.put("list", list);
            if (listVersion != null) {
                // An int node when it fits, as a parser reads it back: parse(toJson()) compares trees.
                long version = listVersion;
                if (version == (int) version) {
                    reference.put("version", (int) version);
                } else {
                    reference.put("version", version);
                }
            }
            return OperatorJson.of(source, "in", reference);
        }
        ArrayNode operand = OperatorJson.NODES.arrayNode(values.size());
        values.forEach(operand::add);
        return OperatorJson.of(source, "in", operand);
    }

    static final int MAX_ENTRIES = 1_000_000;
    static final int MAX_ENTRY_LENGTH = 256;
    private static final int MAX_ENTRY_ERRORS = 10;

    static Condition read(Source source, JsonNode operand, JsonNode holder, String holderPath, Problems problems) {
        String field = holderPath + ".in";
        if (operand.isObject()) {
            return readReference(source, operand, field, problems);
        }
        if (!operand.isArray()) {
            problems.add(
                    field,
                    "expected an array of strings or {\"list\": \"<traffic list>\"}, got "
                            + JsonTypes.describe(operand));
            return null;
        }
        if (operand.isEmpty() || operand.size() > MAX_ENTRIES) {
            problems.add(field, "expected 1 to " + MAX_ENTRIES + " entries, got " + operand.size());
            return null;
        }
        int errors = 0;
        List<String> values = new ArrayList<>(operand.size());
        for (int i = 0; i < operand.size(); i++) {
            JsonNode entry = operand.get(i);
            String problem = !entry.isString()
                    ? "expected a string, got " + JsonTypes.describe(entry)
                    : entry.stringValue().length() > MAX_ENTRY_LENGTH
                            ? "at most " + MAX_ENTRY_LENGTH + " characters, got "
                                    + entry.stringValue().length()
                            : null;
            if (problem != null) {
                // A million bad entries must not become a million errors.
                if (errors++ < MAX_ENTRY_ERRORS) {
                    problems.add(field + "[" + i + "]", problem);
                }
            } else {
                values.add(entry.stringValue());
            }
        }
        if (errors > MAX_ENTRY_ERRORS) {
            problems.add(field, (errors - MAX_ENTRY_ERRORS) + " more invalid entries");
        }
        return errors == 0 ? new InCondition(source, values, null, null) : null;
    }

    private static Condition readReference(Source source, JsonNode operand, String field, Problems problems) {
        int before = problems.count();
        for (String name : operand.propertyNames()) {
            if (!name.equals("list") && !name.equals("version")) {
                problems.add(field + "." + name, "unknown field '" + name + "'; expected list, version");
            }
        }
        String list = null;
        JsonNode listNode = operand.get("list");
        if (listNode == null) {
            problems.add(field + ".list", "required: the name of a traffic list");
        } else {
            list = JsonTypes.string(listNode, field + ".list", problems);
            if (list != null && !Names.LIST.matcher(list).matches()) {
                problems.add(field + ".list", JsonTypes.quote(list) + " is not a traffic list name");
            }
        }
        Long version = null;
        JsonNode versionNode = operand.get("version");
        if (versionNode != null) {
            if (!versionNode.isIntegralNumber() || !versionNode.canConvertToLong() || versionNode.longValue() < 1) {
                problems.add(field + ".version", "expected a positive integer, got " + versionNode);
            } else {
                version = versionNode.longValue();
            }
        }
        return problems.count() == before ? new InCondition(source, null, list, version) : null;
    }
}
