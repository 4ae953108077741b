package dev.aviary.launcher;

import java.util.Map;

/**
 * Which PostgreSQL the services use: the embedded one under {@code AVIARY_HOME} by default, or an
 * external one when {@code AVIARY_DB_URL} (with {@code AVIARY_DB_USER}, {@code AVIARY_DB_PASSWORD}) is set.
 */
record DatabaseSettings(boolean embedded, int embeddedPort, String url, String user, String password) {

    static final int DEFAULT_EMBEDDED_PORT = 15432;

    static DatabaseSettings from(Map<String, String> environment) {
        String external = environment.get("AVIARY_DB_URL");
        if (external != null && !external.isBlank()) {
            return new DatabaseSettings(
                    false,
                    0,
                    external,
                    environment.getOrDefault("AVIARY_DB_USER", "aviary"),
                    environment.getOrDefault("AVIARY_DB_PASSWORD", ""));
        }
        int port = EnvironmentNumber.read(environment, "AVIARY_DB_PORT", DEFAULT_EMBEDDED_PORT, 1, 65535);
        return new DatabaseSettings(
                true, port, "jdbc:postgresql://127.0.0.1:" + port + "/aviary", "postgres", "postgres");
    }

    /** What the services receive: the same variables a user sets for an external database. */
    Map<String, String> serviceEnvironment() {
        return Map.of("AVIARY_DB_URL", url, "AVIARY_DB_USER", user, "AVIARY_DB_PASSWORD", password);
    }

    String describe() {
        // A JDBC URL may carry credentials in its query; never print them.
        return embedded
                ? "embedded PostgreSQL on 127.0.0.1:" + embeddedPort
                : "external PostgreSQL " + url.replaceFirst("\\?.*", "");
    }
}
