package dev.aviary.devregistry.http;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The decoded parameters of a request URI; the first value of a repeated name wins. */
final class QueryString {

    private final Map<String, String> parameters = new HashMap<>();

    QueryString(URI uri) {
        String raw = uri.getRawQuery();
        if (raw == null) {
            return;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            parameters.putIfAbsent(name, value);
        }
    }

    /** The parameter, or the fallback when it is missing or blank. */
    String get(String name, String fallback) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    int getInt(String name, int fallback) {
        try {
            return Integer.parseInt(get(name, Integer.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    boolean has(String name) {
        return parameters.containsKey(name);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
