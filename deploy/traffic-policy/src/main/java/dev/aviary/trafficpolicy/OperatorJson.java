package dev.aviary.trafficpolicy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Renders "one source with one operator" in canonical form. */
final class OperatorJson {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OperatorJson() {}

    /** The object the operator goes into: the condition itself for named sources, else the nested one. */
    static ObjectNode of(Source source, String operator, JsonNode operand) {
        ObjectNode condition = NODES.objectNode();
        if (source.kind().isNamed()) {
            condition.put(source.kind().jsonName(), source.name());
            condition.set(operator, operand);
            return condition;
        }
        ObjectNode nested = condition.putObject(source.kind().jsonName());
        nested.set(operator, operand);
        return condition;
    }

    static ObjectNode operatorHolder(Source source, ObjectNode condition) {
        return source.kind().isNamed()
                ? condition
                : (ObjectNode) condition.get(source.kind().jsonName());
    }
}
