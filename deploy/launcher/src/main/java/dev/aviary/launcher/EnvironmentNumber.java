package dev.aviary.launcher;

import java.util.Map;

/** Reads a whole-number setting from the environment, refusing a bad value with a message that names it. */
final class EnvironmentNumber {

    /** A setting a person got wrong: {@code bin/aviary} prints the message and exits 2, starting nothing. */
    static final class InvalidSetting extends RuntimeException {
        InvalidSetting(String message) {
            super(message);
        }
    }

    private EnvironmentNumber() {}

    static int read(Map<String, String> environment, String name, int defaultValue, int min, int max) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range number
        }
        throw new InvalidSetting(name + " must be a whole number from " + min + " to " + max + ", not '" + value + "'");
    }
}
