package dev.aviary.releaseapi.authserver;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * After an external sign-in the session holds a plain Aviary sign-in (username, authorization-code
 * factor with its time), exactly like a password sign-in: that is what the tokens Aviary issues are
 * built from and what its authorization store keeps.
 */
final class ExternalSignInSuccess implements AuthenticationSuccessHandler {

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final AuthenticationSuccessHandler continueToSavedRequest =
            new SavedRequestAwareAuthenticationSuccessHandler();

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication external)
            throws IOException, ServletException {
        Authentication local = UsernamePasswordAuthenticationToken.authenticated(
                external.getName(),
                null,
                List.of(
                        new SimpleGrantedAuthority("USER"),
                        FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)
                                .issuedAt(Instant.now())
                                .build()));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(local);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        continueToSavedRequest.onAuthenticationSuccess(request, response, local);
    }
}
