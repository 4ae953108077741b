package dev.aviary.trafficpolicy;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code {"any": [c1, c2, ...]}}: at least one condition matches. */
public record AnyCondition(List<Condition> conditions) implements Condition {

    public AnyCondition {
        conditions = List.copyOf(conditions);
    }

    @Override
    public JsonNode toJson() {
        ObjectNode json = OperatorJson.NODES.objectNode();
        ArrayNode children = json.putArray("any");
        conditions.forEach(c -> children.add(c.toJson()));
        return json;
    }
}
