package dev.aviary.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code bin/aviary} script the way a person types it, with its own {@code AVIARY_HOME}. */
final class AviaryCli {

    record Result(int exitCode, String output) {}

    private final Path repo;
    private final Path home;

    AviaryCli(Path repo, Path home) {
        this.repo = repo;
        this.home = home;
    }

    Result run(String... arguments) throws IOException, InterruptedException {
        return runWith(Map.of(), arguments);
    }

    Result runWith(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(repo.resolve("bin/aviary").toString());
        command.addAll(List.of(arguments));
        return exec(command, repo, environment, 600);
    }

    Result exec(List<String> command, Path directory, Map<String, String> environment, long timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("AVIARY_HOME", home.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(timeoutSeconds, TimeUnit.SECONDS))
                .as("%s finishes", command)
                .isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        System.out.println("$ " + String.join(" ", command) + "\n" + text);
        return new Result(process.exitValue(), text);
    }
}
