package dev.aviary.graygateway.routing;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The 503 problems of lane routing (docs/traffic.md); rendered as they are by the gateway's problem handler. */
final class RoutingProblems {

    private RoutingProblems() {}

    static ErrorResponseException laneUnavailable(String lane, String service) {
        return problem(
                "lane-unavailable",
                "The strict lane " + lane + " has no healthy instance of " + service + ".",
                lane,
                service);
    }

    static ErrorResponseException laneLocked(String lane, String service) {
        return problem(
                "lane-locked", "The lane " + lane + " is locked and may not reach " + service + ".", lane, service);
    }

    static ErrorResponseException noInstance(String service, String lane) {
        String detail = lane == null
                ? service + " has no healthy baseline instance."
                : service + " has no healthy instance in the lane " + lane + " nor in the baseline.";
        return problem("no-instance", detail, lane, service);
    }

    static ErrorResponseException registryUnavailable(String service, Throwable cause) {
        return problem(
                "no-instance",
                "The instances of " + service + " cannot be looked up in the registry.",
                null,
                service,
                cause);
    }

    private static ErrorResponseException problem(String slug, String detail, String lane, String service) {
        return problem(slug, detail, lane, service, null);
    }

    private static ErrorResponseException problem(
            String slug, String detail, String lane, String service, Throwable cause) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setType(URI.create("/problems/" + slug));
        if (lane != null) {
            problem.setProperty("lane", lane);
        }
        problem.setProperty("service", service);
        return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, cause);
    }
}
