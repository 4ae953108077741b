package dev.aviary.releaseapi.gatewayfeed;

import java.time.Instant;

/** A gateway replica as last seen by the feed: the policy version it reported as applied. */
public record ReplicaView(String id, Long policyVersion, Instant lastSeen) {}
