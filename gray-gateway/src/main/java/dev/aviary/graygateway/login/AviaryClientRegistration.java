package dev.aviary.graygateway.login;

import java.net.URI;
import java.util.Map;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistration.ClientSettings;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The edge's registration at release-api's authorization server. The endpoints are configured, not
 * discovered, so that the edge starts (and serves everything else) while release-api is down.
 */
final class AviaryClientRegistration {

    static final String REGISTRATION_ID = "aviary";

    private AviaryClientRegistration() {}

    static ClientRegistration from(LoginProperties login) {
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Aviary")
                .clientId(login.clientId())
                .clientSecret(login.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).build())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .issuerUri(login.issuer().toString())
                // The browser is sent to the issuer; the edge's own calls take the internal address.
                .authorizationUri(under(login.issuer(), "/oauth2/authorize"))
                .tokenUri(under(login.internalUri(), "/oauth2/token"))
                .jwkSetUri(under(login.internalUri(), "/oauth2/jwks"))
                .userInfoUri(under(login.internalUri(), "/userinfo"))
                .userNameAttributeName("sub")
                // Read by the RP-initiated logout; discovery would have supplied it.
                .providerConfigurationMetadata(Map.of("end_session_endpoint", under(login.issuer(), "/connect/logout")))
                .build();
    }

    private static String under(URI base, String path) {
        String root = base.toString();
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path;
    }
}
