package dev.aviary.trafficpolicy;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code {"all": [c1, c2, ...]}}: every condition matches. */
public record AllCondition(List<Condition> conditions) implements Condition {

    public AllCondition {
        conditions = List.copyOf(conditions);
    }

    @Override
    public JsonNode toJson() {
        ObjectNode json = OperatorJson.NODES.objectNode();
        ArrayNode children = json.putArray("all");
        conditions.forEach(c -> children.add(c.toJson()));
        return json;
    }
}
