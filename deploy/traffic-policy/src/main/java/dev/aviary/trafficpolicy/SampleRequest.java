package dev.aviary.trafficpolicy;

import java.net.InetAddress;
import java.util.Map;

/**
 * A request described as data, for the evaluate endpoint and tests. Null maps are empty; header names are
 * case-insensitive; {@code clientIp} must be an IPv4 or IPv6 literal (never resolved through DNS).
 *
 * @throws IllegalArgumentException when {@code clientIp} is not an IP address literal
 */
public record SampleRequest(
        Map<String, String> headers,
        Map<String, String> cookies,
        Map<String, String> query,
        String clientIp,
        String path)
        implements RequestView {

    @Override
    public String header(String name) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public String cookie(String name) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public String query(String name) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public InetAddress clientAddress() {
        throw new UnsupportedOperationException("not yet");
    }
}
