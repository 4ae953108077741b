package dev.aviary.launcher;

import java.nio.file.Path;
import java.util.List;

/** One service of the platform as the launcher runs it: an executable jar listening on a fixed port. */
record PlatformService(String name, int port, Path jar) {

    /** The platform in start order; every service starts at once, the list only fixes how it is shown. */
    static List<PlatformService> all(Path repo) {
        return List.of(
                of(repo, "gray-gateway", 8080),
                of(repo, "release-api", 8081),
                of(repo, "pipeline-engine", 8082),
                of(repo, "artifact-repo", 8083),
                of(repo, "env-manager", 8084),
                of(repo, "host-deployer", 8085),
                of(repo, "k8s-deployer", 8086));
    }

    private static PlatformService of(Path repo, String name, int port) {
        return new PlatformService(
                name, port, repo.resolve(name).resolve("target").resolve(name + ".jar"));
    }

    String healthUrl() {
        return "http://127.0.0.1:" + port + "/actuator/health";
    }
}
