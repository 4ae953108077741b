package dev.aviary.trafficpolicy;

/** Allocation-free scanning and comparison of version text, shared by range parsing and request matching. */
final class VersionText {

    private VersionText() {}

    static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The value of the digits in [from, end); callers keep it to at most 18 digits. */
    static long digitsValue(String text, int from, int end) {
        long value = 0;
        for (int i = from; i < end; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /** The end of dot-separated non-empty identifiers of [0-9A-Za-z-] starting at {@code from}, or -1. */
    static int identifiersEnd(String text, int from) {
        int position = from;
        int identifierStart = from;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '.') {
                if (position == identifierStart) {
                    return -1;
                }
                identifierStart = position + 1;
            } else if (!isDigit(c) && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && c != '-') {
                break;
            }
            position++;
        }
        return position == identifierStart ? -1 : position;
    }

    /**
     * Semver precedence of two prereleases given as ranges of text; an empty range (no prerelease) ranks above
     * any prerelease. Numeric identifiers compare numerically and below alphanumeric ones.
     */
    static int comparePrerelease(String a, int aFrom, int aEnd, String b, int bFrom, int bEnd) {
        boolean aEmpty = aFrom == aEnd;
        boolean bEmpty = bFrom == bEnd;
        if (aEmpty || bEmpty) {
            return aEmpty == bEmpty ? 0 : aEmpty ? 1 : -1;
        }
        int i = aFrom;
        int j = bFrom;
        while (i < aEnd && j < bEnd) {
            int iEnd = identifierEnd(a, i, aEnd);
            int jEnd = identifierEnd(b, j, bEnd);
            int compared = compareIdentifier(a, i, iEnd, b, j, jEnd);
            if (compared != 0) {
                return compared;
            }
            i = iEnd + 1;
            j = jEnd + 1;
        }
        return Boolean.compare(i < aEnd, j < bEnd);
    }

    private static int identifierEnd(String text, int from, int end) {
        int position = from;
        while (position < end && text.charAt(position) != '.') {
            position++;
        }
        return position;
    }

    private static int compareIdentifier(String a, int aFrom, int aEnd, String b, int bFrom, int bEnd) {
        boolean aNumeric = digitsEnd(a, aFrom) >= aEnd;
        boolean bNumeric = digitsEnd(b, bFrom) >= bEnd;
        if (aNumeric && bNumeric) {
            aFrom = skipZeros(a, aFrom, aEnd);
            bFrom = skipZeros(b, bFrom, bEnd);
            if (aEnd - aFrom != bEnd - bFrom) {
                return Integer.compare(aEnd - aFrom, bEnd - bFrom);
            }
        } else if (aNumeric != bNumeric) {
            return aNumeric ? -1 : 1;
        }
        int length = Math.min(aEnd - aFrom, bEnd - bFrom);
        for (int k = 0; k < length; k++) {
            int compared = Character.compare(a.charAt(aFrom + k), b.charAt(bFrom + k));
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(aEnd - aFrom, bEnd - bFrom);
    }

    private static int skipZeros(String text, int from, int end) {
        while (from < end - 1 && text.charAt(from) == '0') {
            from++;
        }
        return from;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
