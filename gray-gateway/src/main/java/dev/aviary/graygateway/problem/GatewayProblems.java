package dev.aviary.graygateway.problem;

import java.net.ConnectException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error the gateway itself produces is an RFC 9457 problem: no route for a path, a service
 * that cannot be reached, a request the edge refuses (sign-in, CSRF), or a failure of its own. Errors a
 * service answers pass through untouched.
 */
@Component
@Order(-2) // ahead of Boot's default handler, which renders a non-problem JSON body
class GatewayProblems implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayProblems.class);

    private final JsonMapper json;

    GatewayProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ProblemDetail problem = problemFor(exchange, error);
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        var response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        if (error instanceof ErrorResponse own && isComplete(own.getBody())) {
            response.getHeaders().putAll(own.getHeaders());
        }
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = json.writeValueAsBytes(problem);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    private ProblemDetail problemFor(ServerWebExchange exchange, Throwable error) {
        String path = exchange.getRequest().getPath().value();
        if (error instanceof ErrorResponse own && isComplete(own.getBody())) {
            log.warn("{} {}: {}", own.getStatusCode().value(), path, error.getMessage());
            return own.getBody();
        }
        if (error instanceof ErrorResponse timedOut && timedOut.getStatusCode().value() == 504) {
            String service = routeId(exchange);
            log.warn("504 {}: {} did not answer in time", path, service);
            return problem(HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout", service + " did not answer in time.");
        }
        if (isUnreachable(error)) {
            String service = routeId(exchange);
            log.warn("503 {}: {} is not reachable ({})", path, service, error.toString());
            return problem(
                    HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", service + " is not reachable right now.");
        }
        if (error instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            log.warn("{} {}: {}", known.getStatusCode().value(), path, error.getMessage());
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            String detail = status == HttpStatus.NOT_FOUND
                    ? "Nothing is served at " + path + "."
                    : known.getBody().getDetail();
            return problem(status, slug(status), detail);
        }
        log.error("500 {}", path, error);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "The gateway failed to handle the request.");
    }

    /** A problem the gateway raised itself, with its own {@code /problems/<slug>} type: rendered as it is. */
    private static boolean isComplete(ProblemDetail problem) {
        URI type = problem.getType();
        return type != null && type.getPath() != null && type.getPath().startsWith("/problems/");
    }

    private static boolean isUnreachable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static String routeId(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route == null ? "the owning service" : route.getId();
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + slug));
        return problem;
    }

    private static String slug(HttpStatus status) {
        return status == HttpStatus.BAD_REQUEST
                ? "invalid-request"
                : status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
