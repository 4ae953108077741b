package dev.aviary.graygateway.edge;

import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /api/v1/system/health} answers: every platform service and how it is.
 *
 * @param status UP when every service is UP, DEGRADED otherwise
 */
public record SystemHealth(String status, Instant checkedAt, List<ServiceHealth> services) {

    /**
     * @param status UP, DOWN (answered but not healthy, or did not answer) or UNKNOWN
     * @param detail why a service is not UP; null when it is
     */
    public record ServiceHealth(String name, String url, String status, long latencyMs, String detail) {}

    static SystemHealth of(Instant checkedAt, List<ServiceHealth> services) {
        boolean allUp = services.stream().allMatch(service -> "UP".equals(service.status()));
        return new SystemHealth(allUp ? "UP" : "DEGRADED", checkedAt, services);
    }
}
