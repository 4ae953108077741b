package dev.aviary.releaseapi.gatewayfeed;

import java.util.List;

/** What a gateway needs of a lane to route by it. */
public record FeedLane(String name, boolean strict, List<String> lockedServices) {}
