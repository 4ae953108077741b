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

    /** The service itself, from its unpacked image (unpacking it first when the jar is new). */
    static List<String> of(ServiceImage image, Map<String, String> environment) {
        String java = javaExecutable();
        List<String> command = jvm(java, environment);
        command.addAll(image.prepare(java));
        return command;
    }

    /** A training run of the service's class-data archive, at the lowest CPU priority. */
    static List<String> training(ServiceImage image, Map<String, String> environment) {
        List<String> command = new ArrayList<>(List.of("nice", "-n", "19"));
        command.addAll(jvm(javaExecutable(), environment));
        command.addAll(image.trainingArguments());
        return command;
    }

    private static List<String> jvm(String java, Map<String, String> environment) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(LOCAL_JVM_OPTIONS);
        String extra = environment.getOrDefault("AVIARY_JAVA_OPTS", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(Arrays.asList(extra.split("\\s+")));
        }
        return command;
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
