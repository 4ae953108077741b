package dev.aviary.devregistry.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A published config item.
 *
 * @param content the content
 * @param md5 lowercase hex MD5 of the UTF-8 content, as the client computes it
 * @param type the content type the publisher gave ({@code text}, {@code yaml}, {@code json}, ...)
 * @param appName the publisher's application name, if it gave one
 * @param encryptedDataKey the data key of an encrypted config, else empty
 * @param lastModified when it was published, in epoch milliseconds
 */
public record StoredConfig(
        String content, String md5, String type, String appName, String encryptedDataKey, long lastModified) {

    static StoredConfig of(String content, String type, String appName, String encryptedDataKey) {
        return new StoredConfig(content, md5(content), type, appName, encryptedDataKey, System.currentTimeMillis());
    }

    /** The md5 the client expects: of the UTF-8 bytes, lowercase hex; {@code ""} for no content. */
    public static String md5(String content) {
        if (content == null) {
            return "";
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
