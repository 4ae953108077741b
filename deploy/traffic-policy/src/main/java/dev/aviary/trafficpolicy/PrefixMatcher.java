package dev.aviary.trafficpolicy;

final class PrefixMatcher extends ValueMatcher {

    private final String prefix;

    PrefixMatcher(ValueSource source, String prefix) {
        super(source);
        this.prefix = prefix;
    }

    @Override
    boolean test(String value) {
        return value.startsWith(prefix);
    }
}
