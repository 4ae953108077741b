package dev.aviary.releaseapi.trafficpolicy;

/** Published inside the transaction that wrote a new policy version; listeners act after it commits. */
public record PolicyChanged(String gateway, long version) {}
