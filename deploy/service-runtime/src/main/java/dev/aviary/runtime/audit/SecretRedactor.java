package dev.aviary.runtime.audit;

import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Replaces the values of secret-looking fields (password, secret, token, ...) in audit snapshots. */
final class SecretRedactor {

    static final String REDACTED = "[redacted]";
    private static final Set<String> SECRET_SUFFIXES =
            Set.of("password", "passwd", "secret", "token", "credential", "credentials", "privatekey", "apikey");

    private SecretRedactor() {}

    static JsonNode redact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String field : Set.copyOf(object.propertyNames())) {
                if (isSecret(field) && !object.get(field).isNull()) {
                    object.put(field, REDACTED);
                } else {
                    redact(object.get(field));
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(SecretRedactor::redact);
        }
        return node;
    }

    static boolean isSecret(String field) {
        String normalized = field.toLowerCase(Locale.ROOT).replaceAll("[-_.]", "");
        return SECRET_SUFFIXES.stream().anyMatch(normalized::endsWith);
    }
}
