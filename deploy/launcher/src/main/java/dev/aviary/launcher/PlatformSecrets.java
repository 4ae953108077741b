package dev.aviary.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The secrets of one local installation, generated at the first {@code up} into {@code
 * AVIARY_HOME/secrets} (mode 700, files 600): the internal token services use with each other, the
 * edge's OAuth2 client secret and, until it has been shown once, the first admin's password.
 * Values already set in the environment win.
 */
final class PlatformSecrets {

    static final String INTERNAL_TOKEN = "AVIARY_INTERNAL_TOKEN";
    static final String EDGE_CLIENT_SECRET = "AVIARY_EDGE_CLIENT_SECRET";
    static final String ADMIN_PASSWORD = "AVIARY_ADMIN_PASSWORD";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;

    private PlatformSecrets(Path directory) {
        this.directory = directory;
    }

    static PlatformSecrets of(AviaryHome home) {
        Path directory = home.root().resolve("secrets");
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
        return new PlatformSecrets(directory);
    }

    /** What every service gets in its environment. */
    Map<String, String> serviceEnvironment(Map<String, String> environment) {
        Map<String, String> secrets = new HashMap<>();
        secrets.put(INTERNAL_TOKEN, environment.getOrDefault(INTERNAL_TOKEN, stored("internal-token")));
        secrets.put(EDGE_CLIENT_SECRET, environment.getOrDefault(EDGE_CLIENT_SECRET, stored("edge-client-secret")));
        firstAdminPassword().ifPresent(password -> secrets.putIfAbsent(ADMIN_PASSWORD, password));
        if (environment.containsKey(ADMIN_PASSWORD)) {
            secrets.put(ADMIN_PASSWORD, environment.get(ADMIN_PASSWORD));
        }
        return secrets;
    }

    /** Before the very first start without {@code AVIARY_ADMIN_PASSWORD}: generate the admin's password. */
    void prepareFirstAdmin(Map<String, String> environment) {
        if (!environment.containsKey(ADMIN_PASSWORD) && !Files.exists(directory.resolve("admin-shown"))) {
            stored("first-admin-password");
        }
    }

    Optional<String> firstAdminPassword() {
        Path file = directory.resolve("first-admin-password");
        return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** After the platform came up: the password has been used, it is shown once and forgotten. */
    void forgetFirstAdminPassword() {
        try {
            Files.deleteIfExists(directory.resolve("first-admin-password"));
            writeSecret(directory.resolve("admin-shown"), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String stored(String name) {
        Path file = directory.resolve(name);
        if (Files.isRegularFile(file)) {
            return read(file);
        }
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            writeSecret(file, value);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return value;
    }

    private static void writeSecret(Path file, String value) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temporary, value);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
