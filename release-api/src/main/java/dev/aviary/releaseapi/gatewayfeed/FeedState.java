package dev.aviary.releaseapi.gatewayfeed;

import java.util.Map;

/** What the feed watches: the lane revision and every gateway's current policy version. */
record FeedState(long laneRevision, Map<String, Long> policyVersions) {

    FeedCursor cursorOf(String gateway) {
        return new FeedCursor(policyVersions.getOrDefault(gateway, 0L), laneRevision);
    }
}
