package dev.aviary.trafficpolicy;

import java.util.Set;

final class StringInMatcher extends ValueMatcher {

    private final Set<String> entries;

    StringInMatcher(ValueSource source, Set<String> entries) {
        super(source);
        this.entries = entries;
    }

    @Override
    boolean test(String value) {
        return entries.contains(value);
    }
}
