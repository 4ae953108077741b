package dev.aviary.trafficpolicy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code {"not": c}}. */
public record NotCondition(Condition condition) implements Condition {

    @Override
    public JsonNode toJson() {
        ObjectNode json = OperatorJson.NODES.objectNode();
        json.set("not", condition.toJson());
        return json;
    }
}
