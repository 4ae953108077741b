package dev.aviary.releaseapi.authserver;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The authorization server's settings. Its issuer is {@code aviary.security.issuer}, shared with
 * every service that checks its tokens.
 *
 * @param edgeClientId the client id of the edge gateway (the console's BFF)
 * @param edgeClientSecret the edge's client secret ({@code AVIARY_EDGE_CLIENT_SECRET})
 * @param edgeUrls the public URLs of the edge; login and logout may only return there
 * @param accessTokenTtl how long an access token relayed by the edge stays valid
 * @param refreshTokenTtl how long a console session can be refreshed without signing in again
 * @param adminPassword the first admin's password ({@code AVIARY_ADMIN_PASSWORD}), used once
 * @param adminToken the first admin's API token ({@code AVIARY_ADMIN_TOKEN}), used once
 * @param externalUsernameClaim the claim of an external OIDC provider that becomes the username
 */
@ConfigurationProperties("aviary.identity")
public record IdentityProperties(
        @DefaultValue("aviary-edge") String edgeClientId,
        @DefaultValue("dev-only-edge-secret") String edgeClientSecret,

        @DefaultValue({"http://localhost:8080", "http://127.0.0.1:8080"})
        List<URI> edgeUrls,

        @DefaultValue("5m") Duration accessTokenTtl,
        @DefaultValue("8h") Duration refreshTokenTtl,
        String adminPassword,
        String adminToken,
        @DefaultValue("preferred_username") String externalUsernameClaim) {}
