package dev.aviary.devregistry.config;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/** The config items, in memory. Thread-safe; listeners are told of each change. */
public final class ConfigStore {

    /** What a publish did. */
    public enum Outcome {
        CHANGED,
        UNCHANGED,
        /** The publisher's casMd5 no longer matches. */
        STALE
    }

    private final Map<ConfigKey, StoredConfig> items = new ConcurrentHashMap<>();
    private final ConfigListeners listeners;

    public ConfigStore(ConfigListeners listeners) {
        this.listeners = listeners;
    }

    /**
     * Publishes a config item.
     *
     * @param casMd5 when not blank, publish only if the current md5 is this one
     */
    public Outcome publish(ConfigKey key, StoredConfig config, String casMd5) {
        Outcome[] outcome = {Outcome.UNCHANGED};
        items.compute(key, (k, current) -> {
            String currentMd5 = current == null ? "" : current.md5();
            if (casMd5 != null && !casMd5.isBlank() && !casMd5.equals(currentMd5)) {
                outcome[0] = Outcome.STALE;
                return current;
            }
            if (current != null
                    && current.md5().equals(config.md5())
                    && current.type().equals(config.type())) {
                return current;
            }
            outcome[0] = Outcome.CHANGED;
            return config;
        });
        if (outcome[0] == Outcome.CHANGED) {
            listeners.changed(key);
        }
        return outcome[0];
    }

    /** Removes a config item; removing a missing one is no error. */
    public void remove(ConfigKey key) {
        AtomicBoolean removed = new AtomicBoolean();
        items.computeIfPresent(key, (k, current) -> {
            removed.set(true);
            return null;
        });
        if (removed.get()) {
            listeners.changed(key);
        }
    }

    public Optional<StoredConfig> get(ConfigKey key) {
        return Optional.ofNullable(items.get(key));
    }

    /** The md5 a listener compares with: {@code ""} for a missing item. */
    String md5(ConfigKey key) {
        StoredConfig config = items.get(key);
        return config == null ? "" : config.md5();
    }

    /** The items whose key matches, by namespace, group and data id. */
    public List<Map.Entry<ConfigKey, StoredConfig>> find(Predicate<ConfigKey> filter) {
        return items.entrySet().stream()
                .filter(entry -> filter.test(entry.getKey()))
                .map(entry -> Map.entry(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing((Map.Entry<ConfigKey, StoredConfig> entry) ->
                                entry.getKey().namespace())
                        .thenComparing(entry -> entry.getKey().group())
                        .thenComparing(entry -> entry.getKey().dataId()))
                .toList();
    }
}
