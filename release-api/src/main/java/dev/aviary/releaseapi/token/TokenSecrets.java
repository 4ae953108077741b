package dev.aviary.releaseapi.token;

import java.security.SecureRandom;
import java.util.Base64;

/** New token secrets: {@code avy_} and 256 random bits, URL-safe. */
final class TokenSecrets {

    static final int PREFIX_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {}

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "avy_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String prefixOf(String secret) {
        return secret.length() <= PREFIX_LENGTH
                ? secret.substring(0, Math.min(4, secret.length()))
                : secret.substring(0, PREFIX_LENGTH);
    }
}
