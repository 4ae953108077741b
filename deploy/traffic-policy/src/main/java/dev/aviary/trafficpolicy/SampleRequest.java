package dev.aviary.trafficpolicy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request described as data, for the evaluate endpoint and tests. Null maps are empty; header names are
 * case-insensitive; {@code clientIp} must be an IPv4 or IPv6 literal and is never resolved through DNS.
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

    public SampleRequest {
        TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            caseInsensitive.putAll(headers);
        }
        headers = Collections.unmodifiableMap(caseInsensitive);
        cookies = cookies == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(cookies));
        query = query == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(query));
        if (clientIp != null && IpLiteral.parse(clientIp) == null) {
            throw new IllegalArgumentException(
                    "clientIp " + JsonTypes.quote(clientIp) + " is not an IPv4 or IPv6 address");
        }
    }

    @Override
    public String header(String name) {
        return headers.get(name);
    }

    @Override
    public String cookie(String name) {
        return cookies.get(name);
    }

    @Override
    public String query(String name) {
        return query.get(name);
    }

    @Override
    public InetAddress clientAddress() {
        if (clientIp == null) {
            return null;
        }
        try {
            return InetAddress.getByAddress(IpLiteral.parse(clientIp));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a parsed literal always has 4 or 16 bytes", e);
        }
    }
}
