package dev.aviary.trafficpolicy;

import tools.jackson.databind.JsonNode;

/** The value equals {@code value} exactly. */
public record EqualsCondition(Source source, String value) implements Condition {

    @Override
    public JsonNode toJson() {
        return OperatorJson.of(source, "equals", OperatorJson.NODES.stringNode(value));
    }

    static final int MAX_LENGTH = 4096;

    static Condition read(Source source, JsonNode operand, JsonNode holder, String holderPath, Problems problems) {
        String value = JsonTypes.string(operand, holderPath + ".equals", problems);
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_LENGTH) {
            problems.add(holderPath + ".equals", "at most " + MAX_LENGTH + " characters, got " + value.length());
            return null;
        }
        return new EqualsCondition(source, value);
    }
}
