package dev.aviary.trafficpolicy;

import tools.jackson.databind.JsonNode;

/** The value parses as a version inside {@code range} (such as {@code >=5.2.0 <6 || =4.9.1}). */
public record VersionRangeCondition(Source source, String range) implements Condition {

    @Override
    public JsonNode toJson() {
        return OperatorJson.of(source, "versionRange", OperatorJson.NODES.stringNode(range));
    }
}
