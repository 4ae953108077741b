package dev.aviary.launcher;

import static java.time.Duration.ofSeconds;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A business ingress started the way docs/traffic.md tells a person to: the gray-gateway jar with
 * {@code deploy/ingress/shop-ingress.yml}, the platform's internal token, and its own port and name.
 */
final class BusinessIngress implements AutoCloseable {

    private final JavaProcess process;
    private final int port;

    private BusinessIngress(JavaProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static BusinessIngress start(Path repo, Path home, String name, int port) throws IOException {
        String internalToken =
                Files.readString(home.resolve("secrets/internal-token")).trim();
        JavaProcess process = JavaProcess.start(
                repo.resolve("gray-gateway/target/gray-gateway.jar"),
                List.of(
                        "--spring.config.additional-location=file:" + repo.resolve("deploy/ingress/shop-ingress.yml"),
                        "--server.port=" + port,
                        "--aviary.gateway.name=" + name),
                Map.of("AVIARY_INTERNAL_TOKEN", internalToken, "AVIARY_HOME", home.toString()),
                home.resolve("logs/" + name + ".log"));
        BusinessIngress ingress = new BusinessIngress(process, port);
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(ofSeconds(120))
                .pollInterval(ofSeconds(1))
                .ignoreExceptions()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError("the ingress exited; see " + process.log());
                    }
                    return http.send(
                                            HttpRequest.newBuilder(
                                                            URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                                    .build(),
                                            HttpResponse.BodyHandlers.ofString())
                                    .statusCode()
                            == 200;
                });
        return ingress;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
