package dev.aviary.trafficpolicy;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** The value ends with one of {@code suffixes} (strings of 1–9 digits; {@code "07"} matches {@code 1207}). */
public record TailDigitsCondition(Source source, List<String> suffixes) implements Condition {

    public TailDigitsCondition {
        suffixes = List.copyOf(suffixes);
    }

    @Override
    public JsonNode toJson() {
        ArrayNode operand = OperatorJson.NODES.arrayNode();
        suffixes.forEach(operand::add);
        return OperatorJson.of(source, "tailDigits", operand);
    }
}
