package dev.aviary.devregistry.remote;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The one JSON mapper of the registry. Bodies are handled as trees: unknown fields are ignored, as the client does. */
public final class Json {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Json() {}

    /**
     * Loads and links the mapper's classes (a few hundred milliseconds on a busy machine). The registry
     * does it while its ports open, so that the first client request does not pay for it.
     */
    public static void warmUp() {
        ObjectNode sample = object();
        sample.putObject("serviceInfo").putArray("hosts").addObject().put("ip", "127.0.0.1");
        read(bytes(sample));
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Parses a body; an empty or non-object body reads as an empty object. */
    public static ObjectNode read(byte[] json) {
        if (json.length == 0) {
            return object();
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            return node instanceof ObjectNode object ? object : object();
        } catch (IOException e) {
            throw new IllegalArgumentException("body is not JSON: " + e.getMessage(), e);
        }
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text field, or the fallback when it is missing, null or blank. */
    public static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        String text = value.asText();
        return text.isBlank() ? fallback : text;
    }
}
