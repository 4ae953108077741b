package dev.aviary.graygateway.login;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request to {@code /api/**} with neither a signed-in session nor a bearer token, or whose session can
 * no longer obtain an access token. A status, not a redirect to the sign-in page: API clients and the
 * console decide themselves how to sign in.
 */
class SignInRequired extends ErrorResponseException {

    static final String DETAIL = "Sign in, or send Authorization: Bearer <API token>.";

    /** Why, for the log; the caller only learns what is missing, never what was wrong. */
    private final String reason;

    SignInRequired(String reason) {
        super(HttpStatus.UNAUTHORIZED, problem(), null);
        getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        this.reason = reason;
    }

    @Override
    public String getMessage() {
        return reason;
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, DETAIL);
        problem.setType(URI.create("/problems/unauthenticated"));
        problem.setTitle("Authentication required");
        return problem;
    }
}
