package dev.aviary.releaseapi.lane;

import java.util.List;

/** {@code GET /api/v1/lanes}: every lane, sorted by name, at one revision of the platform's lanes. */
public record LaneSnapshot(long revision, List<LaneView> lanes) {}
