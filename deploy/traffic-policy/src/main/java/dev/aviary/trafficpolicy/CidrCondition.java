package dev.aviary.trafficpolicy;

import java.util.ArrayList;
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

    static final int MAX_BLOCKS = 1000;

    static Condition read(Source source, JsonNode operand, JsonNode holder, String holderPath, Problems problems) {
        boolean shorthand = holder.get("clientIp") == operand;
        String field = shorthand ? holderPath : holderPath + ".cidr";
        if (operand.isString()) {
            return readBlock(operand.stringValue(), field, problems)
                    ? new CidrCondition(source, List.of(operand.stringValue()))
                    : null;
        }
        if (!operand.isArray()) {
            problems.add(field, "expected a CIDR or an array of them, got " + JsonTypes.describe(operand));
            return null;
        }
        if (operand.isEmpty() || operand.size() > MAX_BLOCKS) {
            problems.add(field, "expected 1 to " + MAX_BLOCKS + " CIDRs, got " + operand.size());
            return null;
        }
        boolean valid = true;
        List<String> blocks = new ArrayList<>(operand.size());
        for (int i = 0; i < operand.size(); i++) {
            String blockField = field + "[" + i + "]";
            String block = JsonTypes.string(operand.get(i), blockField, problems);
            valid &= block != null && readBlock(block, blockField, problems);
            blocks.add(block);
        }
        return valid ? new CidrCondition(source, blocks) : null;
    }

    private static boolean readBlock(String block, String field, Problems problems) {
        try {
            CidrBlock.parse(block);
            return true;
        } catch (IllegalArgumentException e) {
            problems.add(field, JsonTypes.quote(block) + " is not a CIDR: " + e.getMessage());
            return false;
        }
    }
}
