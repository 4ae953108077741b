package dev.aviary.laneecho;

import java.util.HashMap;
import java.util.Map;

/**
 * What one lane-echo instance is: {@code --service=demo --lane=gray --version=v2 --port=0
 * --host=127.0.0.1 --registry=127.0.0.1:8848 --label-header=x-aviary-lane}. An empty lane is the baseline.
 */
record EchoSettings(
        String service, String lane, String version, String host, int port, String registry, String labelHeader) {

    static final String USAGE = "usage: java -jar aviary-lane-echo.jar --service=NAME [--lane=LANE] [--version=V]"
            + " [--port=0] [--host=127.0.0.1] [--registry=127.0.0.1:8848 | none] [--label-header=x-aviary-lane]";

    static EchoSettings parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("'" + arg + "' is not --name=value\n" + USAGE);
            }
            values.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        String service = values.remove("service");
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("--service is required\n" + USAGE);
        }
        EchoSettings settings = new EchoSettings(
                service,
                values.getOrDefault("lane", ""),
                values.getOrDefault("version", "v1"),
                values.getOrDefault("host", "127.0.0.1"),
                port(values.getOrDefault("port", "0")),
                values.getOrDefault("registry", "127.0.0.1:8848"),
                values.getOrDefault("label-header", "x-aviary-lane"));
        values.keySet().removeAll(java.util.Set.of("lane", "version", "host", "port", "registry", "label-header"));
        if (!values.isEmpty()) {
            throw new IllegalArgumentException(
                    "unknown option --" + values.keySet().iterator().next() + "\n" + USAGE);
        }
        return settings;
    }

    boolean registers() {
        return !"none".equals(registry);
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
        throw new IllegalArgumentException("--port must be 0..65535, not '" + value + "'");
    }
}
