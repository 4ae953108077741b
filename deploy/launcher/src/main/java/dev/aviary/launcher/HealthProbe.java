package dev.aviary.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a service's {@code /actuator/health}; anything but a 200 saying UP within a second is not up. */
final class HealthProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    boolean isUp(PlatformService service) {
        return answersUp(service.healthUrl());
    }

    /** Liveness leaves out dependencies such as the database: failing it means the process itself is stuck. */
    boolean isLive(PlatformService service) {
        return answersUp(service.healthUrl() + "/liveness");
    }

    private boolean answersUp(String url) {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"");
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
