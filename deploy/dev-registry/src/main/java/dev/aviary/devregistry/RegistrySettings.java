package dev.aviary.devregistry;

import java.util.Map;

/**
 * Where the registry listens. The gRPC port is the main port + 1000, as nacos-client expects.
 *
 * @param bind the address to bind, 127.0.0.1 by default
 * @param port the main (HTTP) port, 8848 by default; 0 is not allowed, since clients derive the gRPC port
 */
public record RegistrySettings(String bind, int port) {

    public static final int DEFAULT_PORT = 8848;
    public static final String DEFAULT_BIND = "127.0.0.1";

    /** What nacos-client adds to the main port to find the gRPC port. */
    public static final int GRPC_PORT_OFFSET = 1000;

    public RegistrySettings {
        if (port < 1 || port + GRPC_PORT_OFFSET > 65535) {
            throw new IllegalArgumentException("port must be between 1 and " + (65535 - GRPC_PORT_OFFSET)
                    + " (the gRPC port is port + " + GRPC_PORT_OFFSET + "), got " + port);
        }
        if (bind == null || bind.isBlank()) {
            throw new IllegalArgumentException("bind address must not be blank");
        }
    }

    public int grpcPort() {
        return port + GRPC_PORT_OFFSET;
    }

    /**
     * Reads {@code --port N} / {@code --port=N} and {@code --bind ADDRESS}, falling back to
     * {@code AVIARY_REGISTRY_PORT} and {@code AVIARY_REGISTRY_BIND}, then to the defaults.
     */
    public static RegistrySettings from(String[] args, Map<String, String> env) {
        String port = env.getOrDefault("AVIARY_REGISTRY_PORT", Integer.toString(DEFAULT_PORT));
        String bind = env.getOrDefault("AVIARY_REGISTRY_BIND", DEFAULT_BIND);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            switch (name) {
                case "--port" -> port = value;
                case "--bind" -> bind = value;
                default ->
                    throw new IllegalArgumentException("unknown option " + name + "; use --port N and --bind ADDRESS");
            }
        }
        try {
            return new RegistrySettings(bind.trim(), Integer.parseInt(port.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number, got '" + port + "'");
        }
    }
}
