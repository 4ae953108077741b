package dev.aviary.trafficpolicy;

/** Routes requests matching {@code when} to {@code lane}; {@code name} is unique within a policy. */
public record Rule(String name, String lane, Condition when) {}
