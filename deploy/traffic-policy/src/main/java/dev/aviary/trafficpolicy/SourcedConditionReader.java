package dev.aviary.trafficpolicy;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads "one source with one operator": {@code {"header": "x-user-id", "in": [...]}} for named sources,
 * {@code {"path": {"prefix": "/api"}}} and the shorthand {@code {"clientIp": "10.0.0.0/8"}} for unnamed ones.
 */
final class SourcedConditionReader {

    private SourcedConditionReader() {}

    static Condition read(JsonNode node, SourceKind kind, String path, Problems problems) {
        JsonNode sourceNode = node.get(kind.jsonName());
        String sourcePath = path + "." + kind.jsonName();
        if (kind.isNamed()) {
            String name = readName(sourceNode, kind, sourcePath, problems);
            return readOperator(node, kind.jsonName(), new Source(kind, name), path, problems, name != null);
        }
        for (String field : node.propertyNames()) {
            if (!field.equals(kind.jsonName())) {
                problems.add(
                        path + "." + field,
                        "unknown field '" + field + "'; the operator of " + kind.jsonName() + " goes inside it: {\""
                                + kind.jsonName() + "\": {\"<operator>\": ...}}");
            }
        }
        Source source = new Source(kind, null);
        if (kind == SourceKind.CLIENT_IP && sourceNode.isString()) {
            return CidrCondition.read(source, sourceNode, node, path + ".clientIp", problems);
        }
        if (!sourceNode.isObject()) {
            problems.add(
                    sourcePath,
                    "expected {\"<operator>\": operand}"
                            + (kind == SourceKind.CLIENT_IP ? " or a CIDR string" : "")
                            + ", got " + JsonTypes.describe(sourceNode));
            return null;
        }
        return readOperator(sourceNode, null, source, sourcePath, problems, true);
    }

    private static String readName(JsonNode node, SourceKind kind, String path, Problems problems) {
        String name = JsonTypes.string(node, path, problems);
        if (name == null) {
            return null;
        }
        boolean valid = kind == SourceKind.QUERY
                ? !name.isEmpty() && name.length() <= Names.MAX_QUERY_NAME
                : Names.TOKEN.matcher(name).matches();
        if (!valid) {
            problems.add(path, JsonTypes.quote(name) + " is not a " + kind.jsonName() + " name");
            return null;
        }
        // Header names are case-insensitive: the canonical form is lowercase.
        return kind == SourceKind.HEADER ? name.toLowerCase(java.util.Locale.ROOT) : name;
    }

    private static Condition readOperator(
            JsonNode holder, String sourceField, Source source, String holderPath, Problems problems, boolean valid) {
        List<String> operators = new ArrayList<>();
        for (String field : holder.propertyNames()) {
            if (field.equals(sourceField) || field.equals("salt")) {
                continue;
            }
            if (Operators.READERS.containsKey(field)) {
                operators.add(field);
            } else {
                problems.add(
                        holderPath + "." + field,
                        "unknown operator '" + field + "'; expected one of " + Operators.NAMES);
                valid = false;
            }
        }
        if (operators.size() > 1) {
            problems.add(
                    holderPath,
                    "more than one operator in one condition (" + String.join(", ", operators)
                            + "); combine them with all or any");
            return null;
        }
        if (operators.isEmpty()) {
            if (valid) {
                problems.add(holderPath, "no operator; expected one of " + Operators.NAMES);
            }
            return null;
        }
        String operator = operators.get(0);
        if (holder.has("salt") && !operator.equals("percent")) {
            problems.add(holderPath + ".salt", "'salt' only goes with percent");
            valid = false;
        }
        if (!Operators.validFor(operator, source.kind())) {
            problems.add(
                    holderPath + "." + operator,
                    operator.equals("cidr")
                            ? "cidr applies to clientIp only"
                            : "clientIp takes cidr only, not " + operator);
            return null;
        }
        Condition condition =
                Operators.READERS.get(operator).read(source, holder.get(operator), holder, holderPath, problems);
        return valid ? condition : null;
    }
}
