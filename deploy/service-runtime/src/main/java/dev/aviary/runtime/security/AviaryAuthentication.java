package dev.aviary.runtime.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The authentication every Aviary service puts in the security context. */
public final class AviaryAuthentication extends AbstractAuthenticationToken {

    /** How the principal proved itself; recorded in the audit trail. */
    public enum Credential {
        SESSION,
        API_TOKEN,
        INTERNAL_TOKEN
    }

    private final AviaryPrincipal principal;
    private final Credential credential;

    public AviaryAuthentication(AviaryPrincipal principal, Credential credential) {
        super(List.of(new SimpleGrantedAuthority(credential == Credential.INTERNAL_TOKEN ? "PLATFORM" : "PRINCIPAL")));
        this.principal = principal;
        this.credential = credential;
        setAuthenticated(true);
    }

    @Override
    public AviaryPrincipal getPrincipal() {
        return principal;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return principal.name();
    }

    public Credential credential() {
        return credential;
    }
}
