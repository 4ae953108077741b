package dev.aviary.trafficpolicy;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/** The whole value matches the Java regular expression {@code regex}. */
public record RegexCondition(Source source, String regex) implements Condition {

    @Override
    public JsonNode toJson() {
        return OperatorJson.of(source, "regex", OperatorJson.NODES.stringNode(regex));
    }

    static final int MAX_LENGTH = 1000;

    static Condition read(Source source, JsonNode operand, JsonNode holder, String holderPath, Problems problems) {
        String field = holderPath + ".regex";
        String regex = JsonTypes.string(operand, field, problems);
        if (regex == null) {
            return null;
        }
        if (regex.length() > MAX_LENGTH) {
            problems.add(field, "a regular expression of at most " + MAX_LENGTH + " characters, got " + regex.length());
            return null;
        }
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            String where = e.getIndex() >= 0 ? " near index " + e.getIndex() : "";
            problems.add(
                    field,
                    JsonTypes.quote(regex) + " is not a valid regular expression: " + e.getDescription() + where);
            return null;
        }
        return new RegexCondition(source, regex);
    }
}
