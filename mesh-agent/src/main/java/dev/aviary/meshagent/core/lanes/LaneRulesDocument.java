package dev.aviary.meshagent.core.lanes;

import dev.aviary.meshagent.bootstrap.LaneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads release-api's {@code GET /api/v1/lanes} body ({@code {"revision": 12, "lanes": [...]}}, docs/traffic.md). */
final class LaneRulesDocument {

    private LaneRulesDocument() {}

    static LaneRules parse(String body) {
        Object document = JsonReader.parse(body);
        if (!(document instanceof Map)) {
            throw new IllegalArgumentException("the lane feed did not answer with an object");
        }
        Map<?, ?> root = (Map<?, ?>) document;
        Object revision = root.get("revision");
        Object lanes = root.get("lanes");
        if (!(revision instanceof Double) || !(lanes instanceof List)) {
            throw new IllegalArgumentException("the lane feed's answer lacks 'revision' or 'lanes'");
        }
        List<LaneRules.Lane> parsed = new ArrayList<LaneRules.Lane>();
        for (Object item : (List<?>) lanes) {
            if (!(item instanceof Map)) {
                throw new IllegalArgumentException("a lane is not an object");
            }
            Map<?, ?> lane = (Map<?, ?>) item;
            Object name = lane.get("name");
            if (!(name instanceof String)) {
                throw new IllegalArgumentException("a lane has no name");
            }
            List<String> locked = new ArrayList<String>();
            Object services = lane.get("lockedServices");
            if (services instanceof List) {
                for (Object service : (List<?>) services) {
                    locked.add(String.valueOf(service));
                }
            }
            parsed.add(new LaneRules.Lane((String) name, Boolean.TRUE.equals(lane.get("strict")), locked));
        }
        return LaneRules.of(((Double) revision).longValue(), parsed);
    }
}
