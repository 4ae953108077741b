package dev.aviary.releaseapi.project;

import java.time.Instant;

public record MemberView(String username, String kind, String role, boolean production, Instant addedAt) {}
