package dev.aviary.runtime.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small bounded cache of answers from release-api. An answer is fresh for {@code ttl}; after that
 * it is asked again, but while release-api cannot be reached the last answer is still used for up
 * to {@code staleTtl} (nothing can be revoked while release-api is down, and audit events keep
 * flowing into the outbox).
 */
final class ExpiringCache<K, V> {

    private record Entry<V>(Optional<V> value, Instant freshUntil, Instant staleUntil) {}

    private static final int MAX_ENTRIES = 10_000;

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Duration staleTtl;
    private final Clock clock;

    ExpiringCache(Duration ttl, Duration staleTtl, Clock clock) {
        this.ttl = ttl;
        this.staleTtl = staleTtl;
        this.clock = clock;
    }

    /** The cached answer, or the loader's; the loader throws when the source is unreachable. */
    Optional<V> get(K key, Function<K, Optional<V>> loader) {
        Instant now = clock.instant();
        Entry<V> cached = entries.get(key);
        if (cached != null && cached.freshUntil().isAfter(now)) {
            return cached.value();
        }
        Optional<V> loaded;
        try {
            loaded = loader.apply(key);
        } catch (RuntimeException unreachable) {
            if (cached != null
                    && cached.value().isPresent()
                    && cached.staleUntil().isAfter(now)) {
                return cached.value();
            }
            throw unreachable;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.entrySet().removeIf(e -> !e.getValue().staleUntil().isAfter(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key, new Entry<>(loaded, now.plus(ttl), now.plus(staleTtl)));
        return loaded;
    }
}
