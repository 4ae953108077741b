package dev.aviary.trafficpolicy;

/** A condition's value source; {@code name} is null for {@code clientIp} and {@code path}. */
public record Source(SourceKind kind, String name) {}
