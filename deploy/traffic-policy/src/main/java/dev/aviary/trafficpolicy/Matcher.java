package dev.aviary.trafficpolicy;

/** A compiled condition. Implementations are immutable, thread-safe and allocate nothing. */
interface Matcher {
    boolean matches(RequestView request);
}
