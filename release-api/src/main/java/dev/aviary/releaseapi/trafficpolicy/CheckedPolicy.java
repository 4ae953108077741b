package dev.aviary.releaseapi.trafficpolicy;

import dev.aviary.trafficpolicy.TrafficPolicy;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** A policy that passed every check, its list references pinned; {@code rules} is what gets stored. */
record CheckedPolicy(TrafficPolicy policy, JsonNode rules, Set<String> lanes, Set<String> lists) {}
