package dev.aviary.trafficpolicy;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The value is a non-negative decimal integer whose remainder by {@code divisor} is listed. */
public record ModuloCondition(Source source, int divisor, List<Integer> remainders) implements Condition {

    public ModuloCondition {
        remainders = List.copyOf(remainders);
    }

    @Override
    public JsonNode toJson() {
        ObjectNode operand = OperatorJson.NODES.objectNode();
        operand.put("divisor", divisor);
        remainders.forEach(operand.putArray("remainders")::add);
        return OperatorJson.of(source, "modulo", operand);
    }
}
