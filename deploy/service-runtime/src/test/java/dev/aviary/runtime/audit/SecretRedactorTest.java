package dev.aviary.runtime.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SecretRedactorTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void secretLookingFieldsAreRedactedAtAnyDepthAndOthersKept() {
        JsonNode tree = json.readTree("""
                {"name":"ci","token":"avy_x","tokenId":"42","nested":{"clientSecret":"s","db_password":"p",
                 "list":[{"apiKey":"k","privateKey":"-----BEGIN"}]},"credentials":null}
                """);

        String redacted = json.writeValueAsString(SecretRedactor.redact(tree));

        assertThat(redacted)
                .contains("\"name\":\"ci\"")
                .contains("\"tokenId\":\"42\"")
                .contains("\"token\":\"[redacted]\"")
                .contains("\"clientSecret\":\"[redacted]\"")
                .contains("\"db_password\":\"[redacted]\"")
                .contains("\"apiKey\":\"[redacted]\"")
                .contains("\"privateKey\":\"[redacted]\"")
                .contains("\"credentials\":null")
                .doesNotContain("avy_x")
                .doesNotContain("BEGIN");
    }
}
