package dev.aviary.runtime.security;

/** A principal's place in one project: its role and whether it may act on production. */
public record Membership(ProjectRole role, boolean production) {}
