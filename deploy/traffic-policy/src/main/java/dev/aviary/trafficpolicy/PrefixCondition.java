package dev.aviary.trafficpolicy;

import tools.jackson.databind.JsonNode;

/** The value starts with {@code prefix}. */
public record PrefixCondition(Source source, String prefix) implements Condition {

    @Override
    public JsonNode toJson() {
        return OperatorJson.of(source, "prefix", OperatorJson.NODES.stringNode(prefix));
    }
}
