package dev.aviary.graygateway.login;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the console signs in through the edge: the edge is an OAuth2 client (backend for frontend) of
 * release-api's authorization server and keeps the tokens in its session.
 *
 * @param enabled whether the edge signs the console in and guards {@code /api/**}; business-ingress
 *     deployments of this gateway set it to false, and then no security at all is applied
 * @param issuer release-api's issuer as browsers reach it; the sign-in page and the logout endpoint are
 *     under it, and ID tokens must name exactly this string as their issuer
 * @param internalUri where the edge itself reaches release-api for the back-channel calls (token, JWK set,
 *     user info), which need not be the address browsers use
 * @param clientId the edge's client id at the authorization server
 * @param clientSecret the edge's client secret (a confidential client; PKCE is used as well)
 * @param sessionIdleTimeout how long a console session lasts without a request before it ends
 */
@Validated
@ConfigurationProperties("aviary.edge.login")
public record LoginProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("http://localhost:8081") @NotNull URI issuer,
        @DefaultValue("http://127.0.0.1:8081") @NotNull URI internalUri,
        @DefaultValue("aviary-edge") @NotBlank String clientId,
        @DefaultValue("dev-only-edge-secret") @NotBlank String clientSecret,
        @DefaultValue("8h") @NotNull Duration sessionIdleTimeout) {

    public LoginProperties {
        requireHttpUrl("issuer", issuer);
        requireHttpUrl("internal-uri", internalUri);
    }

    private static void requireHttpUrl(String property, URI value) {
        boolean http = value == null
                || (("http".equals(value.getScheme()) || "https".equals(value.getScheme())) && value.getHost() != null);
        if (!http) {
            throw new IllegalArgumentException(
                    "aviary.edge.login." + property + " must be an http(s) URL with a host: " + value);
        }
    }

    @Override
    public String toString() {
        // Never log the secret, also not through a failed property binding.
        return "LoginProperties[enabled=" + enabled + ", issuer=" + issuer + ", internalUri=" + internalUri
                + ", clientId=" + clientId + ", sessionIdleTimeout=" + sessionIdleTimeout + "]";
    }
}
