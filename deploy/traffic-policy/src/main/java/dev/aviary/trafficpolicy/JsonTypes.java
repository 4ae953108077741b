package dev.aviary.trafficpolicy;

import tools.jackson.databind.JsonNode;

/** Names JSON types the way error messages say them. */
final class JsonTypes {

    private JsonTypes() {}

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "null";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isString()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** The string value, or null after reporting that {@code node} is not a string. */
    static String string(JsonNode node, String field, Problems problems) {
        if (node == null || !node.isString()) {
            problems.add(field, "expected a string, got " + describe(node));
            return null;
        }
        return node.stringValue();
    }

    /** Quotes a user-supplied value for a message, shortened so that messages stay readable. */
    static String quote(String value) {
        return "'" + (value.length() > 80 ? value.substring(0, 77) + "..." : value) + "'";
    }
}
