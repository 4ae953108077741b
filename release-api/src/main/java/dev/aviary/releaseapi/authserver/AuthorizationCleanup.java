package dev.aviary.releaseapi.authserver;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Removes sign-in grants whose every token expired more than a day ago; the table would only grow. */
@Component
class AuthorizationCleanup {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationCleanup.class);
    private final JdbcClient jdbc;

    AuthorizationCleanup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    void removeExpired() {
        int removed = jdbc.sql("""
                delete from oauth2_authorization
                where greatest(authorization_code_expires_at, access_token_expires_at, refresh_token_expires_at,
                               oidc_id_token_expires_at) < now() - interval '1 day'
                """).update();
        if (removed > 0) {
            log.info("Removed {} expired sign-in grants", removed);
        }
    }
}
