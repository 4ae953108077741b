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
                : OperatorJson.NODES.numberNode(percent.doubleValue());
        ObjectNode json = OperatorJson.of(source, "percent", operand);
        if (salt != null) {
            OperatorJson.operatorHolder(source, json).put("salt", salt);
        }
        return json;
    }

    static final int MAX_SALT_LENGTH = 256;

    static Condition read(Source source, JsonNode operand, JsonNode holder, String holderPath, Problems problems) {
        String field = holderPath + ".percent";
        int before = problems.count();
        int basisPoints = 0;
        if (!operand.isNumber() || (operand.isFloatingPointNumber() && !Double.isFinite(operand.doubleValue()))) {
            problems.add(field, "expected a number from 0 to 100, got " + JsonTypes.describe(operand));
        } else {
            BigDecimal percent = operand.decimalValue();
            if (percent.compareTo(BigDecimal.ZERO) < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(field, "expected a number from 0 to 100, got " + operand);
            } else if (percent.stripTrailingZeros().scale() > 2) {
                problems.add(field, operand + " has more than 2 decimals");
            } else {
                basisPoints = percent.movePointRight(2).intValueExact();
            }
        }
        String salt = null;
        JsonNode saltNode = holder.get("salt");
        if (saltNode != null) {
            salt = JsonTypes.string(saltNode, holderPath + ".salt", problems);
            if (salt != null && (salt.isEmpty() || salt.length() > MAX_SALT_LENGTH)) {
                problems.add(holderPath + ".salt", "expected 1 to " + MAX_SALT_LENGTH + " characters");
            }
        }
        return problems.count() == before ? new PercentCondition(source, basisPoints, salt) : null;
    }
}
