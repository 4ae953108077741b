package dev.aviary.releaseapi.lanetoken;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code POST /api/v1/lanes/{name}/tokens}; the body may be left out for the default hour. */
public record LaneTokenRequest(@Min(1) @Max(1440) Integer ttlMinutes) {}
