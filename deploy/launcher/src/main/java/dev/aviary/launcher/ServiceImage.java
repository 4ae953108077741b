package dev.aviary.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A service's jar unpacked under {@code AVIARY_HOME/apps/SERVICE} (Spring Boot's {@code -Djarmode=tools
 * extract}), so the JVM can use an application class-data-sharing archive: a training run records
 * the classes the service loads up to a refreshed context ({@code -XX:ArchiveClassesAtExit} with
 * {@code -Dspring.context.exit=onRefresh}); later runs map them and start in about half the CPU time.
 * A rebuilt jar, or another JDK, unpacks it again and drops its archive.
 */
final class ServiceImage {

    private final PlatformService service;
    private final Path directory;

    ServiceImage(PlatformService service, Path appsDirectory) {
        this.service = service;
        this.directory = appsDirectory.resolve(service.name());
    }

    /** Unpacks the jar when this image is missing or older than the jar; returns the JVM arguments to run it. */
    List<String> prepare(String java) {
        if (!service.springBoot()) {
            return List.of("-jar", service.jar().toString());
        }
        try {
            // An archive only fits the JDK that recorded it: a new JDK unpacks afresh and re-records.
            String stamp = Files.size(service.jar()) + ":"
                    + Files.getLastModifiedTime(service.jar()).toMillis() + ":" + java + ":"
                    + System.getProperty("java.vm.version");
            Path stampFile = directory.resolve("source.stamp");
            if (!Files.exists(stampFile) || !stamp.equals(Files.readString(stampFile))) {
                extract(java);
                Files.writeString(stampFile, stamp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + service.jar(), e);
        }
        return hasArchive()
                ? List.of(
                        "-XX:SharedArchiveFile=" + archive(),
                        "-Xlog:cds=off",
                        "-jar",
                        unpackedJar().toString())
                : List.of("-jar", unpackedJar().toString());
    }

    boolean hasArchive() {
        return Files.exists(archive());
    }

    /** Only Spring Boot services are unpacked and get a class-data archive; the others start fast anyway. */
    boolean wantsArchive() {
        return service.springBoot() && !hasArchive();
    }

    /** The JVM arguments of a training run, which writes the archive and exits once the context is refreshed. */
    List<String> trainingArguments() {
        return List.of(
                "-XX:ArchiveClassesAtExit=" + trainingArchive(),
                "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off",
                "-Dspring.context.exit=onRefresh",
                "-jar",
                unpackedJar().toString());
    }

    /** Keeps what a successful training run wrote; returns whether there was an archive to keep. */
    boolean adoptTrainedArchive() throws IOException {
        if (!Files.exists(trainingArchive())) {
            return false;
        }
        Files.move(trainingArchive(), archive(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    Path trainingLog() {
        return directory.resolve("training.log");
    }

    String serviceName() {
        return service.name();
    }

    private Path archive() {
        return directory.resolve("app.jsa");
    }

    private Path trainingArchive() {
        return directory.resolve("app.jsa.training");
    }

    private void extract(String java) throws IOException {
        deleteRecursively(directory);
        Files.createDirectories(directory.getParent());
        Process extract = new ProcessBuilder(
                        java,
                        "-Djarmode=tools",
                        "-jar",
                        service.jar().toString(),
                        "extract",
                        "--destination",
                        directory.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(extract.getInputStream().readAllBytes());
        try {
            if (!extract.waitFor(120, TimeUnit.SECONDS) || extract.exitValue() != 0) {
                throw new IOException("extracting " + service.jar() + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while extracting " + service.jar(), e);
        }
    }

    private Path unpackedJar() {
        return directory.resolve(service.jar().getFileName());
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path each : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
