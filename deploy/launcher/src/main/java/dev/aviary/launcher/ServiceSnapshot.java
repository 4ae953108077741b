package dev.aviary.launcher;

import java.time.Instant;

/**
 * What {@code status} shows of one service.
 *
 * @param readyMillis how long its latest start took, from process start to health UP; -1 until UP
 * @param lastEvent the latest notable thing that happened to it, empty when none
 */
record ServiceSnapshot(
        String name,
        int port,
        ServiceState state,
        long pid,
        Instant startedAt,
        long readyMillis,
        int restarts,
        String lastEvent) {}
