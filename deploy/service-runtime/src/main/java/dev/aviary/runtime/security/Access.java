package dev.aviary.runtime.security;

import dev.aviary.runtime.problem.ApiProblem;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The permission checks a service makes before acting. A refusal is a 403 problem naming the missing
 * permission and project, never more.
 */
public final class Access {

    private Access() {}

    public static AviaryPrincipal principal() {
        return current()
                .orElseThrow(() -> new ApiProblem(
                        HttpStatus.UNAUTHORIZED,
                        "unauthenticated",
                        "Sign in, or send Authorization: Bearer <API token>."));
    }

    public static Optional<AviaryPrincipal> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof AviaryAuthentication aviary
                ? Optional.of(aviary.getPrincipal())
                : Optional.empty();
    }

    public static AviaryPrincipal require(Permission permission) {
        AviaryPrincipal principal = principal();
        if (!principal.can(permission)) {
            throw forbidden("Requires " + permission);
        }
        return principal;
    }

    public static AviaryPrincipal require(Permission permission, String project) {
        AviaryPrincipal principal = principal();
        if (!principal.can(permission, project)) {
            throw forbidden("Requires " + permission + " on project " + project);
        }
        return principal;
    }

    public static AviaryPrincipal requireInProduction(Permission permission, String project) {
        AviaryPrincipal principal = require(permission, project);
        if (!principal.canInProduction(permission, project)) {
            throw forbidden("Requires " + permission + " with production access on project " + project);
        }
        return principal;
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", detail);
    }
}
