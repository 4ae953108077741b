package dev.aviary.releaseapi.authserver;

import dev.aviary.releaseapi.identity.ExternalUsers;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Signs a person in through an external OIDC provider and names them by their Aviary username, so
 * the tokens Aviary issues carry that name as their subject.
 */
final class ExternalSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String USERNAME = "aviary_username";

    private final OidcUserService provider = new OidcUserService();
    private final ExternalUsers users;
    private final String usernameClaim;

    ExternalSignIn(ExternalUsers users, String usernameClaim) {
        this.users = users;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser external = provider.loadUser(request);
        String registration = request.getClientRegistration().getRegistrationId();
        String username;
        try {
            username = users.signIn(
                    registration,
                    external.getClaimAsString(usernameClaim),
                    external.getFullName(),
                    external.getEmail());
        } catch (ExternalUsers.Refused refused) {
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied"), refused.getMessage());
        }
        Map<String, Object> claims = new HashMap<>(external.getUserInfo() == null ? Map.of() : external.getClaims());
        claims.put("sub", external.getSubject());
        claims.put(USERNAME, username);
        // Keep the provider's authorities: they carry the authentication time the ID token needs.
        return new DefaultOidcUser(
                external.getAuthorities(), external.getIdToken(), new OidcUserInfo(claims), USERNAME);
    }
}
