package dev.aviary.launcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The command line a service runs with. Locally, seven JVMs share two cores, so the defaults favour
 * a fast start and a small footprint over peak throughput; {@code AVIARY_JAVA_OPTS} adds or overrides.
 */
final class ServiceCommand {

    static final List<String> LOCAL_JVM_OPTIONS = List.of(
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Xss512k",
            "-Xmx512m",
            "-XX:+ExitOnOutOfMemoryError",
            "-Dspring.jmx.enabled=false");

    private ServiceCommand() {}

    static List<String> of(PlatformService service, Map<String, String> environment) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(LOCAL_JVM_OPTIONS);
        String extra = environment.getOrDefault("AVIARY_JAVA_OPTS", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(Arrays.asList(extra.split("\\s+")));
        }
        command.add("-jar");
        command.add(service.jar().toString());
        return command;
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
