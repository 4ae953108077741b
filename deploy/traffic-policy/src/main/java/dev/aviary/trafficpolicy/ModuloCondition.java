package dev.aviary.trafficpolicy;

import java.util.ArrayList;
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

    static final int MAX_DIVISOR = 1_000_000;

    static Condition read(Source source, JsonNode operand, JsonNode holder, String holderPath, Problems problems) {
        String field = holderPath + ".modulo";
        if (!operand.isObject()) {
            problems.add(field, "expected {\"divisor\": n, \"remainders\": [...]}, got " + JsonTypes.describe(operand));
            return null;
        }
        int before = problems.count();
        for (String name : operand.propertyNames()) {
            if (!name.equals("divisor") && !name.equals("remainders")) {
                problems.add(field + "." + name, "unknown field '" + name + "'; expected divisor, remainders");
            }
        }
        JsonNode divisorNode = operand.get("divisor");
        int divisor = 0;
        if (divisorNode == null
                || !divisorNode.isIntegralNumber()
                || !divisorNode.canConvertToInt()
                || divisorNode.intValue() < 1
                || divisorNode.intValue() > MAX_DIVISOR) {
            problems.add(
                    field + ".divisor",
                    "expected an integer from 1 to " + MAX_DIVISOR + ", got "
                            + (divisorNode != null && divisorNode.isNumber()
                                    ? divisorNode.toString()
                                    : JsonTypes.describe(divisorNode)));
        } else {
            divisor = divisorNode.intValue();
        }
        JsonNode remaindersNode = operand.get("remainders");
        List<Integer> remainders = new ArrayList<>();
        if (remaindersNode == null || !remaindersNode.isArray() || remaindersNode.isEmpty()) {
            problems.add(field + ".remainders", "expected a non-empty array of remainders");
        } else if (remaindersNode.size() > MAX_DIVISOR) {
            problems.add(field + ".remainders", "at most " + MAX_DIVISOR + " remainders, got " + remaindersNode.size());
        } else {
            for (int i = 0; i < remaindersNode.size(); i++) {
                JsonNode remainder = remaindersNode.get(i);
                String remainderField = field + ".remainders[" + i + "]";
                if (!remainder.isIntegralNumber() || !remainder.canConvertToInt() || remainder.intValue() < 0) {
                    problems.add(remainderField, "expected a non-negative integer, got " + remainder);
                } else if (divisor > 0 && remainder.intValue() >= divisor) {
                    problems.add(
                            remainderField,
                            "remainder " + remainder.intValue() + " is not below the divisor " + divisor);
                } else {
                    remainders.add(remainder.intValue());
                }
            }
        }
        return problems.count() == before ? new ModuloCondition(source, divisor, remainders) : null;
    }
}
