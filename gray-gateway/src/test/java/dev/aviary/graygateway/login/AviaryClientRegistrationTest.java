package dev.aviary.graygateway.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

class AviaryClientRegistrationTest {

    private static LoginProperties login(String issuer, String internalUri) {
        return new LoginProperties(
                true, URI.create(issuer), URI.create(internalUri), "aviary-edge", "edge-secret", Duration.ofHours(8));
    }

    @Test
    void browserEndpointsAreUnderTheIssuerAndBackChannelOnesUnderTheInternalUri() {
        var registration =
                AviaryClientRegistration.from(login("https://aviary.example.com/identity", "http://127.0.0.1:8081"));
        var provider = registration.getProviderDetails();

        assertThat(provider.getAuthorizationUri()).isEqualTo("https://aviary.example.com/identity/oauth2/authorize");
        assertThat(provider.getConfigurationMetadata())
                .containsEntry("end_session_endpoint", "https://aviary.example.com/identity/connect/logout");
        assertThat(provider.getTokenUri()).isEqualTo("http://127.0.0.1:8081/oauth2/token");
        assertThat(provider.getJwkSetUri()).isEqualTo("http://127.0.0.1:8081/oauth2/jwks");
        assertThat(provider.getUserInfoEndpoint().getUri()).isEqualTo("http://127.0.0.1:8081/userinfo");
        assertThat(provider.getUserInfoEndpoint().getUserNameAttributeName()).isEqualTo("sub");
        assertThat(provider.getIssuerUri()).isEqualTo("https://aviary.example.com/identity");
    }

    @Test
    void isAConfidentialClientThatStillUsesPkce() {
        var registration = AviaryClientRegistration.from(login("http://localhost:8081", "http://127.0.0.1:8081"));

        assertThat(registration.getRegistrationId()).isEqualTo("aviary");
        assertThat(registration.getClientId()).isEqualTo("aviary-edge");
        assertThat(registration.getClientSecret()).isEqualTo("edge-secret");
        assertThat(registration.getClientAuthenticationMethod())
                .isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        assertThat(registration.getAuthorizationGrantType()).isEqualTo(AuthorizationGrantType.AUTHORIZATION_CODE);
        assertThat(registration.getClientSettings().isRequireProofKey()).isTrue();
        assertThat(registration.getScopes()).containsExactlyInAnyOrder("openid", "profile");
        assertThat(registration.getRedirectUri()).isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
    }

    @Test
    void trailingSlashOfABaseDoesNotDoubleTheSlashButTheIssuerStaysExact() {
        var registration = AviaryClientRegistration.from(login("http://localhost:8081/", "http://127.0.0.1:8081/"));

        assertThat(registration.getProviderDetails().getAuthorizationUri())
                .isEqualTo("http://localhost:8081/oauth2/authorize");
        assertThat(registration.getProviderDetails().getTokenUri()).isEqualTo("http://127.0.0.1:8081/oauth2/token");
        assertThat(registration.getProviderDetails().getIssuerUri()).isEqualTo("http://localhost:8081/");
    }

    @Test
    void relativeIssuerIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> login("localhost:8081", "http://127.0.0.1:8081"))
                .withMessageContaining("aviary.edge.login.issuer");
    }

    @Test
    void secretNeverShowsInTheProperties() {
        assertThat(login("http://localhost:8081", "http://127.0.0.1:8081").toString())
                .doesNotContain("edge-secret");
    }
}
