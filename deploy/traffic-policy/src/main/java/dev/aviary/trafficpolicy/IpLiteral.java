package dev.aviary.trafficpolicy;

/** Parses IPv4 and IPv6 address literals into bytes without ever asking DNS. */
final class IpLiteral {

    private IpLiteral() {}

    /** The 4 or 16 address bytes, or null when {@code text} is not an IPv4 or IPv6 literal. */
    static byte[] parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            return null;
        }
        return text.indexOf(':') >= 0 ? parseIpv6(text) : parseIpv4(text);
    }

    static byte[] parseIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] address = new byte[4];
        for (int i = 0; i < 4; i++) {
            int octet = octet(parts[i]);
            if (octet < 0) {
                return null;
            }
            address[i] = (byte) octet;
        }
        return address;
    }

    /** 0–255 without leading zeros (so that nobody mistakes {@code 010} for octal), else -1. */
    private static int octet(String part) {
        if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= 255 ? value : -1;
    }

    private static byte[] parseIpv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        byte[] address = new byte[16];
        if (gap < 0) {
            return words(text, address, 0, 16) == 16 ? address : null;
        }
        String head = text.substring(0, gap);
        String tail = text.substring(gap + 2);
        int headBytes = head.isEmpty() ? 0 : words(head, address, 0, 14);
        if (headBytes < 0) {
            return null;
        }
        byte[] tailAddress = new byte[16];
        int tailBytes = tail.isEmpty() ? 0 : words(tail, tailAddress, 0, 14 - headBytes);
        if (tailBytes < 0 || headBytes + tailBytes > 14) {
            return null;
        }
        System.arraycopy(tailAddress, 0, address, 16 - tailBytes, tailBytes);
        return address;
    }

    /** Writes colon-separated groups (the last may be dotted IPv4) from {@code offset}; bytes written or -1. */
    private static int words(String text, byte[] address, int offset, int maxBytes) {
        String[] groups = text.split(":", -1);
        int position = offset;
        for (int i = 0; i < groups.length; i++) {
            String group = groups[i];
            if (i == groups.length - 1 && group.indexOf('.') >= 0) {
                byte[] ipv4 = parseIpv4(group);
                if (ipv4 == null || position + 4 > offset + maxBytes) {
                    return -1;
                }
                System.arraycopy(ipv4, 0, address, position, 4);
                position += 4;
                continue;
            }
            int word = hexWord(group);
            if (word < 0 || position + 2 > offset + maxBytes) {
                return -1;
            }
            address[position++] = (byte) (word >>> 8);
            address[position++] = (byte) word;
        }
        return position - offset;
    }

    private static int hexWord(String group) {
        if (group.isEmpty() || group.length() > 4) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < group.length(); i++) {
            int digit = Character.digit(group.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }
}
