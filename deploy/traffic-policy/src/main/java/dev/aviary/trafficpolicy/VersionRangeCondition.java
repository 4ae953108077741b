package dev.aviary.trafficpolicy;

import tools.jackson.databind.JsonNode;

/** The value parses as a version inside {@code range} (such as {@code >=5.2.0 <6 || =4.9.1}). */
public record VersionRangeCondition(Source source, String range) implements Condition {

    @Override
    public JsonNode toJson() {
        return OperatorJson.of(source, "versionRange", OperatorJson.NODES.stringNode(range));
    }

    static final int MAX_LENGTH = 256;

    static Condition read(Source source, JsonNode operand, JsonNode holder, String holderPath, Problems problems) {
        String field = holderPath + ".versionRange";
        String range = JsonTypes.string(operand, field, problems);
        if (range == null) {
            return null;
        }
        if (range.length() > MAX_LENGTH) {
            problems.add(field, "at most " + MAX_LENGTH + " characters, got " + range.length());
            return null;
        }
        try {
            VersionRange.parse(range);
        } catch (IllegalArgumentException e) {
            problems.add(field, JsonTypes.quote(range) + " is not a version range: " + e.getMessage());
            return null;
        }
        return new VersionRangeCondition(source, range);
    }
}
