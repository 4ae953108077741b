package dev.aviary.lanedemo;

import java.util.Map;

/**
 * What one demo instance is. Each setting is a system property ({@code demo.service}) or, when that is
 * absent, an environment variable ({@code DEMO_SERVICE}); the property wins.
 */
final class DemoSettings {

    static final String USAGE = "usage: java -Ddemo.service=NAME [-Ddemo.port=0] [-Ddemo.calls=NEXT]"
            + " [-Ddemo.call-mode=sync|pool-async] [-Ddemo.registry=127.0.0.1:8848] [-Ddemo.version=V]"
            + " [-Ddemo.ip=127.0.0.1] -jar aviary-lane-demo.jar (or the DEMO_* environment variables)";

    private final String service;
    private final int port;
    private final String calls;
    private final CallMode callMode;
    private final String registry;
    private final String version;
    private final String ip;

    private DemoSettings(
            String service, int port, String calls, CallMode callMode, String registry, String version, String ip) {
        this.service = service;
        this.port = port;
        this.calls = calls;
        this.callMode = callMode;
        this.registry = registry;
        this.version = version;
        this.ip = ip;
    }

    static DemoSettings from(Map<String, String> properties, Map<String, String> env) {
        Source source = new Source(properties, env);
        String service = source.get("demo.service", "");
        if (service.isEmpty()) {
            throw new IllegalArgumentException("demo.service (DEMO_SERVICE) is required\n" + USAGE);
        }
        // The version is only reported; by default it is the one the mesh agent registers.
        String version = source.get("demo.version", source.get("aviary.version", "unknown"));
        return new DemoSettings(
                service,
                port(source.get("demo.port", "0")),
                source.get("demo.calls", ""),
                CallMode.parse(source.get("demo.call-mode", "sync")),
                source.get("demo.registry", "127.0.0.1:8848"),
                version,
                source.get("demo.ip", "127.0.0.1"));
    }

    /** The name this instance registers under. */
    String service() {
        return service;
    }

    /** The port to listen on; 0 picks a free one. */
    int port() {
        return port;
    }

    /** The next service's name; empty for the last hop. */
    String calls() {
        return calls;
    }

    /** How the next service is called. */
    CallMode callMode() {
        return callMode;
    }

    /** Nacos server address(es), {@code host:port[,host:port]}. */
    String registry() {
        return registry;
    }

    /** The version this hop reports in its answer. */
    String version() {
        return version;
    }

    /** The address to listen on and to register. */
    String ip() {
        return ip;
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("demo.port must be 0..65535, not '" + value + "'");
    }

    private static final class Source {

        private final Map<String, String> properties;
        private final Map<String, String> env;

        Source(Map<String, String> properties, Map<String, String> env) {
            this.properties = properties;
            this.env = env;
        }

        String get(String property, String fallback) {
            String value = properties.get(property);
            if (value == null) {
                value = env.get(property.toUpperCase(java.util.Locale.ROOT)
                        .replace('.', '_')
                        .replace('-', '_'));
            }
            return value == null ? fallback : value.trim();
        }
    }
}
