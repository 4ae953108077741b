package dev.aviary.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the process listening on a TCP port by reading {@code /proc} (Linux): the socket's inode
 * from {@code /proc/net/tcp*}, then the process holding that inode. Empty when it cannot be told,
 * for instance when the owner belongs to another user.
 */
final class PortOwner {

    private static final String LISTEN = "0A";

    record Process(long pid, String command) {
        String describe() {
            return "pid " + pid + (command.isBlank() ? "" : " (" + command + ")");
        }
    }

    private PortOwner() {}

    static Optional<Process> of(int port) {
        return listeningInode(port).flatMap(PortOwner::processHolding);
    }

    private static Optional<String> listeningInode(int port) {
        String hexPort = String.format(":%04X", port);
        return Stream.of("/proc/net/tcp", "/proc/net/tcp6")
                .flatMap(PortOwner::lines)
                .map(line -> line.trim().split("\\s+"))
                .filter(fields -> fields.length > 9 && fields[1].endsWith(hexPort) && LISTEN.equals(fields[3]))
                .map(fields -> fields[9])
                .findFirst();
    }

    private static Optional<Process> processHolding(String inode) {
        String socket = "socket:[" + inode + "]";
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                if (holds(process, socket)) {
                    return Optional.of(
                            new Process(Long.parseLong(process.getFileName().toString()), commandOf(process)));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean holds(Path process, String socket) {
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(process.resolve("fd"))) {
            for (Path descriptor : descriptors) {
                if (socket.equals(readLink(descriptor))) {
                    return true;
                }
            }
        } catch (IOException | SecurityException e) {
            return false;
        }
        return false;
    }

    private static String readLink(Path descriptor) {
        try {
            return Files.readSymbolicLink(descriptor).toString();
        } catch (IOException e) {
            return "";
        }
    }

    private static String commandOf(Path process) {
        try {
            String command = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ')
                    .trim();
            return command.length() > 120 ? command.substring(0, 117) + "..." : command;
        } catch (IOException e) {
            return "";
        }
    }

    private static Stream<String> lines(String file) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream().skip(1);
        } catch (IOException e) {
            return Stream.empty();
        }
    }
}
