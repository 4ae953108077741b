package dev.aviary.releaseapi.gatewayfeed;

import dev.aviary.runtime.problem.ApiProblem;

/**
 * Where a gateway is: its policy version and the lane revision, written {@code <policy>.<lanes>}.
 * Opaque to gateways; only release-api reads it.
 */
record FeedCursor(long policyVersion, long laneRevision) {

    static FeedCursor parse(String cursor) {
        String[] parts = cursor.split("\\.", -1);
        try {
            if (parts.length == 2) {
                return new FeedCursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            }
        } catch (NumberFormatException notACursor) {
            // answered below
        }
        throw ApiProblem.invalid("after", "must be a cursor returned by this feed");
    }

    @Override
    public String toString() {
        return policyVersion + "." + laneRevision;
    }
}
