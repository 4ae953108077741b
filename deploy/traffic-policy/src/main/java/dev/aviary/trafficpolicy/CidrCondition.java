package dev.aviary.trafficpolicy;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** The client address is inside one of {@code blocks} (IPv4 or IPv6 CIDRs). */
public record CidrCondition(Source source, List<String> blocks) implements Condition {

    public CidrCondition {
        blocks = List.copyOf(blocks);
    }

    @Override
    public JsonNode toJson() {
        if (blocks.size() == 1) {
            return OperatorJson.of(source, "cidr", OperatorJson.NODES.stringNode(blocks.get(0)));
        }
        ArrayNode operand = OperatorJson.NODES.arrayNode();
        blocks.forEach(operand::add);
        return OperatorJson.of(source, "cidr", operand);
    }
}
