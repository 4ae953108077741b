package dev.aviary.graygateway.feed;

import dev.aviary.trafficpolicy.ListReference;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The pinned traffic list versions the gateway holds, by {@code name@version}. A version never changes, so an
 * entry once fetched is kept for as long as a policy refers to it.
 */
final class TrafficLists {

    private final Map<String, Set<String>> byKey = new ConcurrentHashMap<>();

    static String key(String name, long version) {
        return name + "@" + version;
    }

    boolean has(String name, long version) {
        return byKey.containsKey(key(name, version));
    }

    void put(String name, long version, Collection<String> entries) {
        byKey.put(key(name, version), Set.copyOf(entries));
    }

    /** The entries of a held version; {@link IllegalStateException} when it is not held. */
    Collection<String> entries(String name, long version) {
        Set<String> entries = byKey.get(key(name, version));
        if (entries == null) {
            throw new IllegalStateException("traffic list " + key(name, version) + " was not fetched");
        }
        return entries;
    }

    /** Forgets every version the given references do not name. */
    void retainOnly(List<ListReference> references) {
        Set<String> kept = references.stream()
                .filter(reference -> reference.version() != null)
                .map(reference -> key(reference.name(), reference.version()))
                .collect(Collectors.toSet());
        byKey.keySet().retainAll(kept);
    }
}
