package dev.aviary.runtime.security;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriUtils;

/**
 * Resolves credentials at release-api's internal endpoints, remembering answers for
 * {@code aviary.security.cache-ttl}. When release-api cannot be reached the request fails with 503
 * rather than being let through.
 */
final class ReleaseApiDirectory implements PrincipalDirectory {

    private final RestClient http;
    private final ExpiringCache<String, AviaryPrincipal> byToken;
    private final ExpiringCache<String, AviaryPrincipal> byName;

    ReleaseApiDirectory(SecurityProperties properties, Clock clock) {
        this.http = RestClient.builder()
                .baseUrl(properties.releaseApiUri().toString())
                .defaultHeader("Authorization", "Bearer " + properties.internalToken())
                .build();
        this.byToken = new ExpiringCache<>(properties.cacheTtl(), properties.staleTtl(), clock);
        this.byName = new ExpiringCache<>(properties.cacheTtl(), properties.staleTtl(), clock);
    }

    @Override
    public Optional<AviaryPrincipal> byApiToken(String token) {
        return byToken.get(
                TokenDigest.of(token),
                digest -> fetch(() -> http.post()
                        .uri("/internal/v1/tokens/introspect")
                        .body(Map.of("token", token))
                        .retrieve()
                        .body(AviaryPrincipal.class)));
    }

    @Override
    public Optional<AviaryPrincipal> byName(String name) {
        return this.byName.get(
                name,
                n -> fetch(() -> http.get()
                        .uri("/internal/v1/principals/"
                                + UriUtils.encodePathSegment(n, java.nio.charset.StandardCharsets.UTF_8))
                        .retrieve()
                        .body(AviaryPrincipal.class)));
    }

    private interface Call {
        AviaryPrincipal run();
    }

    private static Optional<AviaryPrincipal> fetch(Call call) {
        try {
            return Optional.ofNullable(call.run());
        } catch (HttpClientErrorException.NotFound unknown) {
            return Optional.empty();
        } catch (RestClientException unreachable) {
            throw new IdentityUnavailable(unreachable);
        }
    }

    /** release-api could not answer; the caller gets a 503, not a 401. */
    static final class IdentityUnavailable
            extends org.springframework.security.authentication.AuthenticationServiceException {
        IdentityUnavailable(Throwable cause) {
            super("The identity service (release-api) cannot be reached; try again shortly.", cause);
        }

        HttpStatus status() {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
    }
}
