package dev.aviary.trafficpolicy;

/** Parses the request's version in place ({@code [v]major[.minor[.patch]][-pre][+build]}), no regex. */
final class VersionRangeMatcher extends ValueMatcher {

    private final VersionComparator[][] alternatives;

    VersionRangeMatcher(ValueSource source, VersionRange range) {
        super(source);
        this.alternatives = range.alternatives;
    }

    @Override
    boolean test(String value) {
        int length = value.length();
        int position = length > 0 && (value.charAt(0) == 'v' || value.charAt(0) == 'V') ? 1 : 0;
        int end = VersionText.digitsEnd(value, position);
        if (!isNumber(position, end)) {
            return false;
        }
        long major = VersionText.digitsValue(value, position, end);
        long minor = 0;
        long patch = 0;
        position = end;
        if (position < length && value.charAt(position) == '.') {
            end = VersionText.digitsEnd(value, ++position);
            if (!isNumber(position, end)) {
                return false;
            }
            minor = VersionText.digitsValue(value, position, end);
            position = end;
            if (position < length && value.charAt(position) == '.') {
                end = VersionText.digitsEnd(value, ++position);
                if (!isNumber(position, end)) {
                    return false;
                }
                patch = VersionText.digitsValue(value, position, end);
                position = end;
            }
        }
        int prereleaseFrom = position;
        int prereleaseEnd = position;
        if (position < length && value.charAt(position) == '-') {
            prereleaseFrom = position + 1;
            prereleaseEnd = VersionText.identifiersEnd(value, prereleaseFrom);
            if (prereleaseEnd < 0) {
                return false;
            }
            position = prereleaseEnd;
        }
        if (position < length && value.charAt(position) == '+') {
            position = VersionText.identifiersEnd(value, position + 1);
        }
        return position == length && inRange(major, minor, patch, value, prereleaseFrom, prereleaseEnd);
    }

    private static boolean isNumber(int from, int end) {
        return end > from && end - from <= SemanticVersion.MAX_DIGITS;
    }

    private boolean inRange(long major, long minor, long patch, String value, int prereleaseFrom, int prereleaseEnd) {
        for (VersionComparator[] comparators : alternatives) {
            boolean all = true;
            for (int i = 0; i < comparators.length && all; i++) {
                all = comparators[i].accepts(major, minor, patch, value, prereleaseFrom, prereleaseEnd);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
