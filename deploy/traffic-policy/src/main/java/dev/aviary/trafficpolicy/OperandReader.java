package dev.aviary.trafficpolicy;

import tools.jackson.databind.JsonNode;

/** Reads one operator's operand into its condition, or reports why it cannot and returns null. */
@FunctionalInterface
interface OperandReader {

    /**
     * @param holder the object holding the operator (for operands with companions such as {@code salt})
     * @param holderPath the path of {@code holder}; the operator's path is {@code holderPath + "." + operator}
     */
    Condition read(Source source, JsonNode operand, JsonNode holder, String holderPath, Problems problems);
}
