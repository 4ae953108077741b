package dev.aviary.trafficpolicy;

import java.util.Collection;

/** The entries of a pinned traffic list version; may throw {@link IllegalStateException} when unknown. */
@FunctionalInterface
public interface ListEntries {
    Collection<String> entries(String name, long version);
}
