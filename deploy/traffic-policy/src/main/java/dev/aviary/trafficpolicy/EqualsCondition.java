package dev.aviary.trafficpolicy;

import tools.jackson.databind.JsonNode;

/** The value equals {@code value} exactly. */
public record EqualsCondition(Source source, String value) implements Condition {

    @Override
    public JsonNode toJson() {
        return OperatorJson.of(source, "equals", OperatorJson.NODES.stringNode(value));
    }
}
