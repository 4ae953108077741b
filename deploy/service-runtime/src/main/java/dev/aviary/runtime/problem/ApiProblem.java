package dev.aviary.runtime.problem;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A domain failure that becomes an RFC 9457 problem response with a stable type
 * {@code /problems/<slug>} and a precise detail.
 */
public class ApiProblem extends ErrorResponseException {

    public ApiProblem(HttpStatus status, String slug, String detail) {
        super(status, problem(status, slug, detail), null);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", detail);
    }

    public static ApiProblem conflict(String slug, String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, slug, detail);
    }

    /** A request that is well-formed JSON but breaks a rule; each broken rule names its field. */
    public static ApiProblem invalid(List<FieldProblem> errors) {
        ApiProblem problem =
                new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid fields.");
        problem.getBody().setProperty("errors", errors);
        return problem;
    }

    public static ApiProblem invalid(String field, String message) {
        return invalid(List.of(new FieldProblem(field, message)));
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create("/problems/" + slug));
        return body;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
