package dev.aviary.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks, before anything starts, that every port the platform needs is free. */
final class PortGuard {

    private PortGuard() {}

    /** Each port already taken, with who holds it where that can be found; empty when all are free. */
    static List<String> conflicts(Map<Integer, String> portsByOwner) {
        List<String> conflicts = new ArrayList<>();
        new LinkedHashMap<>(portsByOwner).forEach((port, wantedBy) -> {
            if (!isFree(port)) {
                String holder =
                        PortOwner.of(port).map(PortOwner.Process::describe).orElse("a process this user cannot see");
                conflicts.add("port " + port + " (needed by " + wantedBy + ") is already in use by " + holder);
            }
        });
        return conflicts;
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
