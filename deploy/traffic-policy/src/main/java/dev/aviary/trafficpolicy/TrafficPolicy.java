package dev.aviary.trafficpolicy;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A gateway's traffic policy: rules tried in order, the first matching one decides the lane. */
public record TrafficPolicy(List<Rule> rules) {

    /** No rules: every request goes to the baseline. */
    public static final TrafficPolicy EMPTY = new TrafficPolicy(List.of());

    public TrafficPolicy {
        rules = List.copyOf(rules);
    }

    /**
     * Parses and validates {@code {"rules":[...]}}. Top-level fields other than {@code rules} are rejected
     * unless listed in {@code allowedTopLevel}. Collects every error before throwing.
     */
    public static TrafficPolicy parse(JsonNode document, Set<String> allowedTopLevel) throws PolicyRejected {
        return PolicyReader.read(document, allowedTopLevel);
    }

    /** Parses a document that may only contain {@code rules}. */
    public static TrafficPolicy parse(JsonNode document) throws PolicyRejected {
        return parse(document, Set.of("rules"));
    }

    /** The lanes the rules route to. */
    public Set<String> lanes() {
        Set<String> lanes = new LinkedHashSet<>();
        rules.forEach(rule -> lanes.add(rule.lane()));
        return Collections.unmodifiableSet(lanes);
    }

    /** Every {@code {"in": {"list": ...}}} with the field path of its operator. */
    public List<ListReference> listReferences() {
        return ListReferences.of(this);
    }

    /** Pins every list reference whose name is in {@code versions}; others are left as they are. */
    public TrafficPolicy pinLists(Map<String, Long> versions) {
        return ListReferences.pin(this, versions);
    }

    /** The canonical {@code {"rules":[...]}}: {@code parse(toJson())} equals this policy. */
    public JsonNode toJson() {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        ArrayNode array = document.putArray("rules");
        for (Rule rule : rules) {
            ObjectNode json = array.addObject();
            json.put("name", rule.name());
            json.put("lane", rule.lane());
            json.set("when", rule.when().toJson());
        }
        return document;
    }
}
