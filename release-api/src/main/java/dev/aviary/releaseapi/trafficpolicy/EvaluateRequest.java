package dev.aviary.releaseapi.trafficpolicy;

import jakarta.validation.constraints.Size;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/traffic-policies/{gateway}/evaluate}: a sample request and, optionally, draft
 * {@code rules} to try instead of the current version.
 */
public record EvaluateRequest(
        @Size(max = 200) Map<String, String> headers,
        @Size(max = 200) Map<String, String> cookies,
        @Size(max = 200) Map<String, String> query,
        @Size(max = 64) String clientIp,
        @Size(max = 4096) String path,
        JsonNode rules) {}
