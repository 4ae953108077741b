package dev.aviary.releaseapi.trafficpolicy;

/** The lane a sample request would take; {@code lane} and {@code rule} null for the baseline. */
public record EvaluateResult(String lane, String rule, Long version) {}
