package dev.aviary.graygateway.feed;

import dev.aviary.graygateway.traffic.LaneSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One {@code 200} answer of the gateway feed: {@code {"cursor", "policy": {"version", "rules"}, "lanes": [...]}}.
 *
 * @param cursor where the next long poll continues
 * @param version the policy version
 * @param rules the policy document to parse: {@code {"rules": [...]}}
 * @param lanes the declared lanes
 * @param raw the answer as received, for the cache file
 */
record FeedAnswer(String cursor, long version, ObjectNode rules, List<LaneSettings> lanes, JsonNode raw) {

    static FeedAnswer of(JsonNode feed) {
        JsonNode policy = required(feed, "policy");
        ObjectNode rules = JsonNodeFactory.instance.objectNode();
        rules.set("rules", required(policy, "rules"));
        List<LaneSettings> lanes = new ArrayList<>();
        for (JsonNode lane : feed.path("lanes")) {
            Set<String> locked = new LinkedHashSet<>();
            lane.path("lockedServices").forEach(service -> locked.add(service.asString()));
            lanes.add(new LaneSettings(
                    required(lane, "name").asString(), lane.path("strict").asBoolean(false), locked));
        }
        return new FeedAnswer(
                required(feed, "cursor").asString(), required(policy, "version").asLong(), rules, lanes, feed);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("the feed answer has no " + field);
        }
        return value;
    }
}
