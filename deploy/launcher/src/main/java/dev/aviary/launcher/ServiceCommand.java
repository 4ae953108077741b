package dev.aviary.launcher;

import java.nio.file.Path;
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

    static List<String> of(PlatformService service, Path appsDirectory, Map<String, String> environment) {
        String java = javaExecutable();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(LOCAL_JVM_OPTIONS);
        String extra = environment.getOrDefault("AVIARY_JAVA_OPTS", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(Arrays.asList(extra.split("\\s+")));
        }
        command.addAll(new ServiceImage(service, appsDirectory).prepare(java));
        return command;
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
