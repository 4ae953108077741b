package dev.aviary.releaseapi.authserver;

import dev.aviary.releaseapi.identity.Identities;
import dev.aviary.releaseapi.token.ApiTokens;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first start creates the platform admin {@code admin}: password from {@code
 * AVIARY_ADMIN_PASSWORD} (bin/aviary generates and prints one when unset), API token from {@code
 * AVIARY_ADMIN_TOKEN} when set. Later starts never touch an existing admin.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Identities identities;
    private final ApiTokens tokens;
    private final IdentityProperties properties;

    AdminBootstrap(Identities identities, ApiTokens tokens, IdentityProperties properties) {
        this.identities = identities;
        this.tokens = tokens;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!identities.bootstrapAdmin(ADMIN, password())) {
            if (hasText(properties.adminToken())) {
                log.info("AVIARY_ADMIN_TOKEN ignored: the platform admin already exists");
            }
            return;
        }
        if (hasText(properties.adminToken())) {
            tokens.issueBootstrap(ADMIN, properties.adminToken().trim());
        }
        log.info("Created the platform admin '{}'", ADMIN);
    }

    private String password() {
        if (hasText(properties.adminPassword())) {
            return properties.adminPassword();
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        log.warn("No AVIARY_ADMIN_PASSWORD: the admin's generated password is {} (shown once)", generated);
        return generated;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
