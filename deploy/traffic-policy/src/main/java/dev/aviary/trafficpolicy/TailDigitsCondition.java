package dev.aviary.trafficpolicy;

import java.util.ArrayList;
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

    static final int MAX_ENTRIES = 1000;

    static Condition read(Source source, JsonNode operand, JsonNode holder, String holderPath, Problems problems) {
        String field = holderPath + ".tailDigits";
        if (!operand.isArray()) {
            problems.add(
                    field, "expected an array of digit strings such as [\"7\"], got " + JsonTypes.describe(operand));
            return null;
        }
        if (operand.isEmpty() || operand.size() > MAX_ENTRIES) {
            problems.add(field, "expected 1 to " + MAX_ENTRIES + " entries, got " + operand.size());
            return null;
        }
        int before = problems.count();
        List<String> suffixes = new ArrayList<>(operand.size());
        for (int i = 0; i < operand.size(); i++) {
            String entryField = field + "[" + i + "]";
            String suffix = JsonTypes.string(operand.get(i), entryField, problems);
            if (suffix != null && !isDigits(suffix)) {
                problems.add(entryField, JsonTypes.quote(suffix) + " is not a string of 1 to 9 digits");
            }
            suffixes.add(suffix);
        }
        return problems.count() == before ? new TailDigitsCondition(source, suffixes) : null;
    }

    private static boolean isDigits(String suffix) {
        if (suffix.isEmpty() || suffix.length() > 9) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (suffix.charAt(i) < '0' || suffix.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
