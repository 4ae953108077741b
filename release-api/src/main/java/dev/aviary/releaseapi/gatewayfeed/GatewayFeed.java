package dev.aviary.releaseapi.gatewayfeed;

import dev.aviary.releaseapi.lane.LaneSnapshot;
import dev.aviary.releaseapi.lane.Lanes;
import dev.aviary.releaseapi.trafficpolicy.FeedPolicy;
import dev.aviary.releaseapi.trafficpolicy.TrafficPolicies;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reads what a gateway applies, policy and lanes from one database snapshot, with its cursor. */
@Service
class GatewayFeed {

    private final TrafficPolicies policies;
    private final Lanes lanes;

    GatewayFeed(TrafficPolicies policies, Lanes lanes) {
        this.policies = policies;
        this.lanes = lanes;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    FeedAnswer answer(String gateway) {
        FeedPolicy policy = policies.feedPolicy(gateway);
        LaneSnapshot snapshot = lanes.snapshot();
        return new FeedAnswer(
                new FeedCursor(policy.version(), snapshot.revision()).toString(),
                policy,
                snapshot.lanes().stream()
                        .map(l -> new FeedLane(l.name(), l.strict(), l.lockedServices()))
                        .toList());
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    FeedState state() {
        return new FeedState(lanes.revision(), policies.currentVersions());
    }
}
