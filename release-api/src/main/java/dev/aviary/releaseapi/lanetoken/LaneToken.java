package dev.aviary.releaseapi.lanetoken;

import java.time.Instant;

/** A tester's lane token: a JWS the gray-gateway verifies against release-api's JWKS. */
public record LaneToken(String token, String lane, Instant expiresAt) {}
