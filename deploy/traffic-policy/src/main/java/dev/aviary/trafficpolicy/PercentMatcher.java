package dev.aviary.trafficpolicy;

final class PercentMatcher extends ValueMatcher {

    private final String salt;
    private final int basisPoints;

    PercentMatcher(ValueSource source, String salt, int basisPoints) {
        super(source);
        this.salt = salt;
        this.basisPoints = basisPoints;
    }

    @Override
    boolean test(String value) {
        return StickyBucket.of(salt, value) < basisPoints;
    }
}
