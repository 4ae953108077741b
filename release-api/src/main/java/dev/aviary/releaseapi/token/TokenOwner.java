package dev.aviary.releaseapi.token;

import dev.aviary.runtime.security.TokenScope;

/** Who an API token acts as, and how it narrows that principal's rights. */
public record TokenOwner(String owner, TokenScope scope) {}
