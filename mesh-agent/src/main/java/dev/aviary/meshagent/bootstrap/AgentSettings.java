package dev.aviary.meshagent.bootstrap;

import java.util.Map;
import java.util.Properties;

/**
 * The agent's configuration. A system property ({@code -Daviary.lane=gray}) beats the environment
 * variable ({@code AVIARY_LANE=gray}); an empty lane is the baseline.
 */
final class AgentSettings {

    private final boolean enabled;
    private final String application;
    private final String lane;
    private final String version;

    private AgentSettings(boolean enabled, String application, String lane, String version) {
        this.enabled = enabled;
        this.application = application;
        this.lane = lane;
        this.version = version;
    }

    static AgentSettings from(Properties properties, Map<String, String> environment) {
        return new AgentSettings(
                !"false".equalsIgnoreCase(read("aviary.agent.enabled", properties, environment)),
                read("aviary.application", properties, environment),
                read("aviary.lane", properties, environment),
                read("aviary.version", properties, environment));
    }

    private static String read(String key, Properties properties, Map<String, String> environment) {
        String value = properties.getProperty(key);
        if (value == null) {
            value = environment.get(key.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
        }
        return value == null ? "" : value.trim();
    }

    boolean enabled() {
        return enabled;
    }

    String describe() {
        return "application=" + (application.isEmpty() ? "(unnamed)" : application)
                + " lane=" + (lane.isEmpty() ? "(baseline)" : lane)
                + " version=" + (version.isEmpty() ? "(unknown)" : version);
    }
}
