package dev.aviary.launcher;

import java.util.Locale;

/** Durations as people read them in the launcher's output: {@code 23.4 s}. */
final class Seconds {

    private Seconds() {}

    static String of(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
