package dev.aviary.trafficpolicy;

import tools.jackson.databind.JsonNode;

/** The value starts with {@code prefix}. */
public record PrefixCondition(Source source, String prefix) implements Condition {

    @Override
    public JsonNode toJson() {
        return OperatorJson.of(source, "prefix", OperatorJson.NODES.stringNode(prefix));
    }

    static Condition read(Source source, JsonNode operand, JsonNode holder, String holderPath, Problems problems) {
        String prefix = JsonTypes.string(operand, holderPath + ".prefix", problems);
        if (prefix == null) {
            return null;
        }
        if (prefix.length() > EqualsCondition.MAX_LENGTH) {
            problems.add(
                    holderPath + ".prefix",
                    "at most " + EqualsCondition.MAX_LENGTH + " characters, got " + prefix.length());
            return null;
        }
        return new PrefixCondition(source, prefix);
    }
}
