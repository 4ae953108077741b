package dev.aviary.devregistry.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aviary.devregistry.remote.Json;
import java.nio.charset.StandardCharsets;

/**
 * What a route answers.
 *
 * @param status the HTTP status
 * @param contentType the media type
 * @param body the body bytes
 */
record HttpReply(int status, String contentType, byte[] body) {

    static HttpReply json(int status, JsonNode body) {
        return new HttpReply(status, "application/json;charset=UTF-8", Json.bytes(body));
    }

    static HttpReply text(int status, String body) {
        return new HttpReply(status, "text/plain;charset=UTF-8", body.getBytes(StandardCharsets.UTF_8));
    }
}
