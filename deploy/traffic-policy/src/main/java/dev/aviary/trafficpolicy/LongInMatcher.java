package dev.aviary.trafficpolicy;

/**
 * {@code in} over entries that are all canonical decimal longs (user ids, mostly): a primitive set, and the
 * request value parsed without allocating. A value that is not canonical cannot equal any entry.
 */
final class LongInMatcher extends ValueMatcher {

    private final LongHashSet entries;

    LongInMatcher(ValueSource source, LongHashSet entries) {
        super(source);
        this.entries = entries;
    }

    @Override
    boolean test(String value) {
        return CanonicalLong.isCanonical(value) && entries.contains(CanonicalLong.parse(value));
    }
}
