package dev.aviary.graygateway.coloring;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Parses an IP address written as text without ever asking DNS: {@code InetAddress.getByName} resolves
 * anything that is not a literal, and {@code X-Forwarded-For} is written by clients.
 */
final class IpLiteral {

    private IpLiteral() {}

    /** The address, or null when the text is not an IPv4 or IPv6 literal. */
    static InetAddress parse(String text) {
        String value = text.strip();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.isEmpty()) {
            return null;
        }
        try {
            if (value.indexOf(':') >= 0) {
                // With a colon the JDK parses an IPv6 literal and never looks the text up.
                return InetAddress.getByName(value);
            }
            byte[] ipv4 = ipv4(value);
            return ipv4 == null ? null : InetAddress.getByAddress(ipv4);
        } catch (UnknownHostException | IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    private static byte[] ipv4(String value) {
        byte[] address = new byte[4];
        int part = 0;
        int number = -1;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : '.';
            if (c == '.') {
                if (number < 0 || part == 4) {
                    return null;
                }
                address[part++] = (byte) number;
                number = -1;
            } else if (c >= '0' && c <= '9') {
                number = (number < 0 ? 0 : number * 10) + (c - '0');
                if (number > 255) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return part == 4 ? address : null;
    }
}
