package dev.aviary.trafficpolicy;

/** A matcher of one source's value: an absent value never matches. */
abstract class ValueMatcher implements Matcher {

    private final ValueSource source;

    ValueMatcher(ValueSource source) {
        this.source = source;
    }

    @Override
    public final boolean matches(RequestView request) {
        String value = source.read(request);
        return value != null && test(value);
    }

    abstract boolean test(String value);
}
