package dev.aviary.trafficpolicy;

/** One comparator of a version range, such as {@code >=5.2.0}. */
record VersionComparator(Operator operator, SemanticVersion version) {

    enum Operator {
        GREATER_OR_EQUAL(">="),
        LESS_OR_EQUAL("<="),
        GREATER(">"),
        LESS("<"),
        EQUAL("=");

        final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        boolean accepts(int comparison) {
            switch (this) {
                case GREATER_OR_EQUAL:
                    return comparison >= 0;
                case LESS_OR_EQUAL:
                    return comparison <= 0;
                case GREATER:
                    return comparison > 0;
                case LESS:
                    return comparison < 0;
                default:
                    return comparison == 0;
            }
        }
    }

    /** Whether the request's version (its prerelease given as a range of {@code text}) satisfies this. */
    boolean accepts(long major, long minor, long patch, String text, int prereleaseFrom, int prereleaseEnd) {
        int comparison = Long.compare(major, version.major());
        if (comparison == 0) {
            comparison = Long.compare(minor, version.minor());
        }
        if (comparison == 0) {
            comparison = Long.compare(patch, version.patch());
        }
        if (comparison == 0) {
            String prerelease = version.prerelease();
            comparison = VersionText.comparePrerelease(
                    text, prereleaseFrom, prereleaseEnd, prerelease, 0, prerelease.length());
        }
        return operator.accepts(comparison);
    }
}
