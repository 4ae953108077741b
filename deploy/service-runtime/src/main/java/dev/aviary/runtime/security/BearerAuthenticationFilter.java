package dev.aviary.runtime.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>}. No header: the request goes on anonymous and
 * the authorization rules decide. A header that does not authenticate: 401 at once, whatever the
 * reason, so a caller learns nothing about which secret was wrong.
 */
final class BearerAuthenticationFilter extends OncePerRequestFilter {

    static final String SERVICE_HEADER = "X-Aviary-Service";
    private static final Logger log = LoggerFactory.getLogger(BearerAuthenticationFilter.class);
    private static final String BEARER = "bearer ";

    private final BearerAuthentication bearer;
    private final SecurityProblems problems;

    BearerAuthenticationFilter(BearerAuthentication bearer, SecurityProblems problems) {
        this.bearer = bearer;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AviaryAuthentication> authentication;
        try {
            authentication = tokenOf(header).flatMap(t -> bearer.authenticate(t, request.getHeader(SERVICE_HEADER)));
        } catch (ReleaseApiDirectory.IdentityUnavailable unavailable) {
            log.warn("{} {}: {}", request.getMethod(), request.getRequestURI(), unavailable.getMessage());
            problems.identityUnavailable(response);
            return;
        }
        if (authentication.isEmpty()) {
            log.warn("{} {}: bearer token rejected", request.getMethod(), request.getRequestURI());
            problems.unauthenticated(
                    response, "The bearer token is not valid. Sign in again or use a valid API token.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication.get());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Optional<String> tokenOf(String header) {
        if (header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = header.substring(BEARER.length()).trim();
        return token.isEmpty() || token.chars().anyMatch(Character::isWhitespace)
                ? Optional.empty()
                : Optional.of(token);
    }
}
