package dev.aviary.trafficpolicy;

/** Decimal longs written the one way {@link Long#toString(long)} writes them. */
final class CanonicalLong {

    private static final String MAX = "9223372036854775807";
    private static final String MIN_MAGNITUDE = "9223372036854775808";

    private CanonicalLong() {}

    static boolean isCanonical(String text) {
        int length = text.length();
        int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        int digits = length - start;
        if (digits == 0 || digits > 19) {
            return false;
        }
        char first = text.charAt(start);
        if (first == '0' && (digits > 1 || start == 1)) {
            return false;
        }
        for (int i = start; i < length; i++) {
            if (!VersionText.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return digits < 19 || notAbove(text, start, start == 1 ? MIN_MAGNITUDE : MAX);
    }

    private static boolean notAbove(String text, int start, String limit) {
        for (int i = 0; i < 19; i++) {
            char c = text.charAt(start + i);
            if (c != limit.charAt(i)) {
                return c < limit.charAt(i);
            }
        }
        return true;
    }

    /** Parses a text for which {@link #isCanonical} holds; accumulates negatively so that MIN_VALUE fits. */
    static long parse(String text) {
        boolean negative = text.charAt(0) == '-';
        long value = 0;
        for (int i = negative ? 1 : 0; i < text.length(); i++) {
            value = value * 10 - (text.charAt(i) - '0');
        }
        return negative ? value : -value;
    }
}
