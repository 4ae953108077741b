package dev.aviary.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * One process of the platform as the launcher runs it: an executable jar listening on fixed ports.
 *
 * @param springBoot whether the jar is a Spring Boot application (unpacked, with a class-data archive)
 * @param otherPorts ports it needs besides its main one (checked free before anything starts)
 */
record PlatformService(String name, int port, Path jar, boolean springBoot, List<Integer> otherPorts) {

    /** The platform in start order; every service starts at once, the list only fixes how it is shown. */
    static List<PlatformService> all(Path repo) {
        return List.of(
                of(repo, "gray-gateway", 8080),
                of(repo, "release-api", 8081),
                of(repo, "pipeline-engine", 8082),
                of(repo, "artifact-repo", 8083),
                of(repo, "env-manager", 8084),
                of(repo, "host-deployer", 8085),
                of(repo, "k8s-deployer", 8086),
                // The Nacos-compatible development registry: HTTP on 8848, gRPC on 9848, as Nacos.
                new PlatformService(
                        "dev-registry",
                        8848,
                        repo.resolve("deploy/dev-registry/target/aviary-dev-registry.jar"),
                        false,
                        List.of(9848)));
    }

    private static PlatformService of(Path repo, String name, int port) {
        return new PlatformService(
                name, port, repo.resolve(name).resolve("target").resolve(name + ".jar"), true, List.of());
    }

    String healthUrl() {
        return "http://127.0.0.1:" + port + "/actuator/health";
    }
}
