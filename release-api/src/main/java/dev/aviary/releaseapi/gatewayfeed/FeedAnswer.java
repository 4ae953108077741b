package dev.aviary.releaseapi.gatewayfeed;

import dev.aviary.releaseapi.trafficpolicy.FeedPolicy;
import java.util.List;

/** The gateway feed's answer; {@code cursor} goes back as {@code after} in the next call. */
public record FeedAnswer(String cursor, FeedPolicy policy, List<FeedLane> lanes) {}
