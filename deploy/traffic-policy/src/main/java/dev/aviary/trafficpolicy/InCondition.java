package dev.aviary.trafficpolicy;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The value is one of {@code values}, or of the entries of the traffic list {@code list}.
 *
 * @param values the inline entries; null when the condition references a list
 * @param list the referenced traffic list; null for inline entries
 * @param listVersion the pinned list version; null until pinned
 */
public record InCondition(Source source, List<String> values, String list, Long listVersion) implements Condition {

    public InCondition {
        values = values == null ? null : List.copyOf(values);
    }

    public boolean referencesList() {
        return list != null;
    }

    @Override
    public JsonNode toJson() {
        if (referencesList()) {
            ObjectNode reference = OperatorJson.NODES.objectNode();
            reference.put("list", list);
            if (listVersion != null) {
                reference.put("version", listVersion.longValue());
            }
            return OperatorJson.of(source, "in", reference);
        }
        ArrayNode operand = OperatorJson.NODES.arrayNode(values.size());
        values.forEach(operand::add);
        return OperatorJson.of(source, "in", operand);
    }
}
