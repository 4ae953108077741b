package dev.aviary.trafficpolicy;

final class EqualsMatcher extends ValueMatcher {

    private final String expected;

    EqualsMatcher(ValueSource source, String expected) {
        super(source);
        this.expected = expected;
    }

    @Override
    boolean test(String value) {
        return expected.equals(value);
    }
}
