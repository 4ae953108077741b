package dev.aviary.trafficpolicy;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An IPv4 or IPv6 network. IPv4-mapped IPv6 networks ({@code ::ffff:10.0.0.0/104}) become IPv4 networks so
 * that they match IPv4 clients. A bare address is a network of one.
 */
record CidrBlock(byte[] network, int prefixLength) {

    static CidrBlock parse(String text) {
        int slash = text.indexOf('/');
        String addressText = slash < 0 ? text : text.substring(0, slash);
        byte[] address = IpLiteral.parse(addressText);
        if (address == null) {
            throw new IllegalArgumentException(JsonTypes.quote(addressText) + " is not an IPv4 or IPv6 address");
        }
        int bits = address.length * 8;
        int prefixLength = slash < 0 ? bits : prefixLength(text.substring(slash + 1), bits);
        for (int bit = prefixLength; bit < bits; bit++) {
            if ((address[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
                throw new IllegalArgumentException("host bits are set; did you mean "
                        + format(withHostBitsCleared(address, prefixLength)) + "/" + prefixLength + "?");
            }
        }
        if (address.length == 16 && prefixLength >= 96 && isIpv4Mapped(address)) {
            byte[] ipv4 = new byte[4];
            System.arraycopy(address, 12, ipv4, 0, 4);
            return new CidrBlock(ipv4, prefixLength - 96);
        }
        return new CidrBlock(address, prefixLength);
    }

    private static int prefixLength(String text, int bits) {
        if (text.isEmpty() || text.length() > 3 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(JsonTypes.quote(text) + " is not a prefix length");
        }
        int length = Integer.parseInt(text);
        if (length > bits) {
            throw new IllegalArgumentException("prefix length " + length + " is above " + bits);
        }
        return length;
    }

    static boolean isIpv4Mapped(byte[] address) {
        for (int i = 0; i < 10; i++) {
            if (address[i] != 0) {
                return false;
            }
        }
        return address[10] == (byte) 0xff && address[11] == (byte) 0xff;
    }

    private static byte[] withHostBitsCleared(byte[] address, int prefixLength) {
        byte[] masked = address.clone();
        for (int bit = prefixLength; bit < masked.length * 8; bit++) {
            masked[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return masked;
    }

    private static String format(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean isIpv4() {
        return network.length == 4;
    }

    /** The bytes as an int (IPv4) or as the high and low longs (IPv6), most significant first. */
    long word(int index) {
        long word = 0;
        int width = isIpv4() ? 4 : 8;
        for (int i = 0; i < width; i++) {
            word = word << 8 | (network[index * width + i] & 0xff);
        }
        return word;
    }

    long mask(int index) {
        int width = isIpv4() ? 32 : 64;
        int bits = Math.max(0, Math.min(width, prefixLength - index * width));
        if (bits == 0) {
            return 0;
        }
        long ones = width == 64 ? -1L : 0xffffffffL;
        return (ones << (width - bits)) & ones;
    }
}
