package dev.aviary.releaseapi.trafficpolicy;

import tools.jackson.databind.JsonNode;

/** The policy a gateway applies: version 0 with no rules before the first PUT. */
public record FeedPolicy(long version, JsonNode rules) {}
