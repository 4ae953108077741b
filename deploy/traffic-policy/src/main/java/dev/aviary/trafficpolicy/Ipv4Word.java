package dev.aviary.trafficpolicy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Reads an IPv4 address as an int without {@link InetAddress#getAddress()}, which copies the bytes on every
 * call. {@link Inet4Address#hashCode()} has been the address itself in every JDK; that is checked once at
 * start and the copying way is used should a JDK ever differ.
 */
final class Ipv4Word {

    private static final boolean HASH_CODE_IS_ADDRESS = hashCodeIsAddress();

    private Ipv4Word() {}

    static long of(Inet4Address address) {
        if (HASH_CODE_IS_ADDRESS) {
            return address.hashCode() & 0xffffffffL;
        }
        byte[] bytes = address.getAddress();
        return (bytes[0] & 0xffL) << 24 | (bytes[1] & 0xff) << 16 | (bytes[2] & 0xff) << 8 | (bytes[3] & 0xff);
    }

    private static boolean hashCodeIsAddress() {
        try {
            byte[][] samples = {{10, 1, 2, 3}, {(byte) 203, 0, 113, 9}, {(byte) 255, (byte) 254, (byte) 128, 1}};
            for (byte[] sample : samples) {
                int expected = (sample[0] & 0xff) << 24
                        | (sample[1] & 0xff) << 16
                        | (sample[2] & 0xff) << 8
                        | (sample[3] & 0xff);
                if (InetAddress.getByAddress(sample).hashCode() != expected) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
