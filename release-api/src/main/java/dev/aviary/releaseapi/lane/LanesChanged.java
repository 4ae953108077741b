package dev.aviary.releaseapi.lane;

/** Published inside the transaction that changed a lane; listeners act after it commits. */
public record LanesChanged(long revision) {}
