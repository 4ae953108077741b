package dev.aviary.trafficpolicy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;

/** Compares the client address against network masks; an IPv4-mapped IPv6 client counts as IPv4. */
final class CidrMatcher implements Matcher {

    private final long[] ipv4Networks;
    private final long[] ipv4Masks;
    /** High and low words of each IPv6 network and mask, interleaved. */
    private final long[] ipv6Networks;

    private final long[] ipv6Masks;

    CidrMatcher(List<CidrBlock> blocks) {
        List<CidrBlock> ipv4 = blocks.stream().filter(CidrBlock::isIpv4).toList();
        List<CidrBlock> ipv6 = blocks.stream().filter(b -> !b.isIpv4()).toList();
        ipv4Networks = ipv4.stream().mapToLong(b -> b.word(0)).toArray();
        ipv4Masks = ipv4.stream().mapToLong(b -> b.mask(0)).toArray();
        ipv6Networks = ipv6.stream()
                .flatMapToLong(b -> java.util.stream.LongStream.of(b.word(0), b.word(1)))
                .toArray();
        ipv6Masks = ipv6.stream()
                .flatMapToLong(b -> java.util.stream.LongStream.of(b.mask(0), b.mask(1)))
                .toArray();
    }

    @Override
    public boolean matches(RequestView request) {
        InetAddress client = request.clientAddress();
        if (client == null) {
            return false;
        }
        if (client instanceof Inet4Address ipv4) {
            return matchesIpv4(Ipv4Word.of(ipv4));
        }
        byte[] address = client.getAddress();
        if (CidrBlock.isIpv4Mapped(address)) {
            return matchesIpv4(word(address, 12, 4));
        }
        return matchesIpv6(word(address, 0, 8), word(address, 8, 8));
    }

    private boolean matchesIpv4(long address) {
        for (int i = 0; i < ipv4Networks.length; i++) {
            if ((address & ipv4Masks[i]) == ipv4Networks[i]) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesIpv6(long high, long low) {
        for (int i = 0; i < ipv6Networks.length; i += 2) {
            if ((high & ipv6Masks[i]) == ipv6Networks[i] && (low & ipv6Masks[i + 1]) == ipv6Networks[i + 1]) {
                return true;
            }
        }
        return false;
    }

    private static long word(byte[] address, int from, int width) {
        long word = 0;
        for (int i = from; i < from + width; i++) {
            word = word << 8 | (address[i] & 0xff);
        }
        return word;
    }
}
