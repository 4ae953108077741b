package dev.aviary.meshagent.bootstrap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The agent's configuration. A system property ({@code -Daviary.lane=gray}) beats the environment
 * variable ({@code AVIARY_LANE=gray}: upper case, dots and dashes become underscores); an empty lane is the
 * baseline.
 */
public final class AgentSettings {

    /** The header that carries the lane unless {@code aviary.lane.header} names another. */
    public static final String DEFAULT_HEADER = "x-aviary-lane";

    private final Properties properties;
    private final Map<String, String> environment;

    private AgentSettings(Properties properties, Map<String, String> environment) {
        this.properties = properties;
        this.environment = environment;
    }

    public static AgentSettings from(Properties properties, Map<String, String> environment) {
        return new AgentSettings(properties, environment);
    }

    /** {@code aviary.agent.enabled}: {@code false} leaves the application entirely unmodified. */
    public boolean enabled() {
        return !"false".equalsIgnoreCase(read("aviary.agent.enabled"));
    }

    /** {@code aviary.application}: the application (service) name. */
    public String application() {
        return read("aviary.application");
    }

    /** {@code aviary.lane}: this instance's lane; empty is the baseline. */
    public String lane() {
        return read("aviary.lane");
    }

    /** {@code aviary.version}: this instance's version, as registered in {@code aviary.version}. */
    public String version() {
        return read("aviary.version");
    }

    /** {@code aviary.lane.header}: the header that carries the lane, {@value #DEFAULT_HEADER} by default. */
    public String headerName() {
        String header = read("aviary.lane.header");
        return header.isEmpty() ? DEFAULT_HEADER : header;
    }

    /**
     * {@code aviary.control-plane.url}: release-api's base URL, where the agent long-polls the lane rules
     * ({@code GET /api/v1/lanes}); empty: no rules (every lane falls back, none is strict or locked).
     */
    public String controlPlaneUrl() {
        String url = read("aviary.control-plane.url");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** {@code aviary.control-plane.token}: an API token with {@code traffic.read}, sent as a bearer token. */
    public String controlPlaneToken() {
        return read("aviary.control-plane.token");
    }

    /**
     * {@code aviary.agent.cache-dir}: where the last lane rules are kept for a start without release-api, and the
     * classes the agent changed (see {@link #classCacheEnabled()}); empty: {@code <java.io.tmpdir>/aviary-agent-<user>}.
     */
    public String cacheDirectory() {
        return read("aviary.agent.cache-dir");
    }

    /**
     * {@code aviary.agent.class-cache}: {@code false} stops the agent from keeping the classes it changed in the
     * cache directory (and from reusing them on the next start).
     */
    public boolean classCacheEnabled() {
        return !"false".equalsIgnoreCase(read("aviary.agent.class-cache"));
    }

    /** {@code aviary.agent.instrumentation.<name>.enabled}: {@code false} switches one instrumentation off. */
    public boolean instrumentationEnabled(String name) {
        return !"false".equalsIgnoreCase(read("aviary.agent.instrumentation." + name + ".enabled"));
    }

    /** {@code aviary.agent.extensions}: extra instrumentation jars (comma-separated paths) for the agent's loader. */
    public List<String> extensions() {
        String value = read("aviary.agent.extensions");
        if (value.isEmpty()) {
            return Collections.emptyList();
        }
        List<String> paths = new ArrayList<String>();
        for (String path : value.split(",")) {
            if (!path.trim().isEmpty()) {
                paths.add(path.trim());
            }
        }
        return paths;
    }

    public String describe() {
        String application = application();
        String lane = lane();
        String version = version();
        return "application=" + (application.isEmpty() ? "(unnamed)" : application)
                + " lane=" + (lane.isEmpty() ? "(baseline)" : lane)
                + " version=" + (version.isEmpty() ? "(unknown)" : version);
    }

    private String read(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            value = environment.get(
                    key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value == null ? "" : value.trim();
    }
}
