package dev.aviary.trafficpolicy;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The value's {@link StickyBucket} is below {@code basisPoints} (hundredths of a percent, 0–10000).
 *
 * @param salt null means the rule's lane
 */
public record PercentCondition(Source source, int basisPoints, String salt) implements Condition {

    /** The percentage as written in the policy, such as {@code 5} or {@code 12.5}. */
    public BigDecimal percent() {
        BigDecimal percent = BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }

    @Override
    public JsonNode toJson() {
        BigDecimal percent = percent();
        JsonNode operand = percent.scale() == 0
                ? OperatorJson.NODES.numberNode(percent.intValueExact())
                : OperatorJson.NODES.numberNode(percent);
        ObjectNode json = OperatorJson.of(source, "percent", operand);
        if (salt != null) {
            OperatorJson.operatorHolder(source, json).put("salt", salt);
        }
        return json;
    }
}
