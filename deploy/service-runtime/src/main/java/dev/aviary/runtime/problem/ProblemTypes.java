package dev.aviary.runtime.problem;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/** Stable problem type URIs for the standard HTTP failures; domain errors set their own. */
final class ProblemTypes {

    private static final URI BLANK = URI.create("about:blank");

    private ProblemTypes() {}

    static void assignIfMissing(org.springframework.http.ProblemDetail problem, HttpStatus status) {
        if (status != null && (problem.getType() == null || BLANK.equals(problem.getType()))) {
            problem.setType(URI.create("/problems/" + slugOf(status)));
        }
    }

    static String slugOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "invalid-request";
            case INTERNAL_SERVER_ERROR -> "internal-error";
            default -> status.name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }
}
