package dev.aviary.launcher;

/** Where a supervised service is in its life. */
enum ServiceState {
    /** Its process runs and its health is not UP yet. */
    STARTING,
    /** Its health answers UP. */
    UP,
    /** Its process runs but its health stopped answering UP. */
    UNHEALTHY,
    /** Its process ended unexpectedly; the supervisor starts it again after a backoff. */
    RESTARTING,
    /** It was stopped on purpose. */
    STOPPED;

    boolean isServing() {
        return this == UP;
    }
}
