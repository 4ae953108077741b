package dev.aviary.graygateway.login;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A state-changing request that relies on the session cookie but does not prove it came from the console. */
class CsrfTokenRejected extends ErrorResponseException {

    static final String DETAIL = "A state-changing request made with the console's session must carry the value of the"
            + " XSRF-TOKEN cookie in the X-XSRF-TOKEN header (or the _csrf form field)."
            + " Scripts send Authorization: Bearer <API token> instead and need no CSRF token.";

    private final String reason;

    CsrfTokenRejected(String reason) {
        super(HttpStatus.FORBIDDEN, problem(), null);
        this.reason = reason;
    }

    @Override
    public String getMessage() {
        return reason;
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, DETAIL);
        problem.setType(URI.create("/problems/csrf"));
        problem.setTitle("CSRF token missing or invalid");
        return problem;
    }
}
