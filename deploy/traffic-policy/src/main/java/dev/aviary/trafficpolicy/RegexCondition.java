package dev.aviary.trafficpolicy;

import tools.jackson.databind.JsonNode;

/** The whole value matches the Java regular expression {@code regex}. */
public record RegexCondition(Source source, String regex) implements Condition {

    @Override
    public JsonNode toJson() {
        return OperatorJson.of(source, "regex", OperatorJson.NODES.stringNode(regex));
    }
}
