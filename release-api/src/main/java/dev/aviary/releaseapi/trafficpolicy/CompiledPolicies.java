package dev.aviary.releaseapi.trafficpolicy;

import dev.aviary.releaseapi.trafficlist.TrafficLists;
import dev.aviary.trafficpolicy.CompiledPolicy;
import dev.aviary.trafficpolicy.PolicyRejected;
import dev.aviary.trafficpolicy.TrafficPolicy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compiled policy versions for {@code evaluate}, kept by gateway and version (versions never change), so
 * that trying sample requests against a policy with large lists compiles it once.
 */
@Component
class CompiledPolicies {

    private static final int CAPACITY = 64;

    private final TrafficLists lists;
    private final Map<String, CompiledPolicy> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompiledPolicy> eldest) {
            return size() > CAPACITY;
        }
    };

    CompiledPolicies(TrafficLists lists) {
        this.lists = lists;
    }

    CompiledPolicy of(PolicyVersionView version) {
        String key = version.gateway() + "@" + version.version();
        synchronized (cache) {
            CompiledPolicy known = cache.get(key);
            if (known != null) {
                return known;
            }
        }
        CompiledPolicy compiled = compile(stored(version.rules()));
        synchronized (cache) {
            cache.put(key, compiled);
        }
        return compiled;
    }

    CompiledPolicy compile(TrafficPolicy policy) {
        return CompiledPolicy.compile(policy, lists::entries);
    }

    static ObjectNode document(JsonNode rules) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.set("rules", rules);
        return document;
    }

    private static TrafficPolicy stored(JsonNode rules) {
        try {
            return TrafficPolicy.parse(document(rules));
        } catch (PolicyRejected rejected) {
            throw new IllegalStateException(
                    "A stored policy version no longer parses: " + rejected.getMessage(), rejected);
        }
    }
}
