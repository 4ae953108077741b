package dev.aviary.trafficpolicy;

import java.util.List;

/**
 * Suffixes keyed by length and value ({@code "07"} is length 2, value 7) in one primitive set, so that a
 * request is checked by reading its last digits once, right to left.
 */
final class TailDigitsMatcher extends ValueMatcher {

    private static final long LENGTH_FACTOR = 1_000_000_000L;

    private final LongHashSet keys;
    private final int longest;
    /** Bit n set when some suffix has n digits. */
    private final int lengths;

    TailDigitsMatcher(ValueSource source, List<String> suffixes) {
        super(source);
        keys = new LongHashSet(suffixes.size());
        int longestSuffix = 0;
        int lengthBits = 0;
        for (String suffix : suffixes) {
            keys.add(key(suffix.length(), Long.parseLong(suffix)));
            longestSuffix = Math.max(longestSuffix, suffix.length());
            lengthBits |= 1 << suffix.length();
        }
        longest = longestSuffix;
        lengths = lengthBits;
    }

    private static long key(int length, long value) {
        return length * LENGTH_FACTOR + value;
    }

    @Override
    boolean test(String value) {
        int available = Math.min(longest, value.length());
        long tail = 0;
        long scale = 1;
        for (int length = 1; length <= available; length++) {
            char c = value.charAt(value.length() - length);
            if (!VersionText.isDigit(c)) {
                return false;
            }
            tail += (c - '0') * scale;
            scale *= 10;
            if ((lengths & 1 << length) != 0 && keys.contains(key(length, tail))) {
                return true;
            }
        }
        return false;
    }
}
