package dev.aviary.graygateway.coloring;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Who the client is for {@code clientIp} conditions: the connection's peer, unless the peer is a trusted proxy;
 * then {@code X-Forwarded-For} is read from the right, and the first address not of a trusted proxy is the
 * client. Anything a client prepends to the header therefore never counts.
 */
final class ClientAddresses {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final List<Cidr> trustedProxies;

    ClientAddresses(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(Cidr::parse).toList();
    }

    InetAddress of(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        InetAddress peer = remote == null ? null : remote.getAddress();
        if (peer == null || !trusted(peer)) {
            return peer;
        }
        List<String> forwarded = request.getHeaders().get(FORWARDED_FOR);
        if (forwarded == null) {
            return peer;
        }
        InetAddress client = peer;
        for (int header = forwarded.size() - 1; header >= 0; header--) {
            String[] hops = forwarded.get(header).split(",");
            for (int hop = hops.length - 1; hop >= 0; hop--) {
                InetAddress address = IpLiteral.parse(hops[hop]);
                if (address == null) {
                    return client;
                }
                client = address;
                if (!trusted(address)) {
                    return address;
                }
            }
        }
        return client;
    }

    private boolean trusted(InetAddress address) {
        for (Cidr proxy : trustedProxies) {
            if (proxy.contains(address)) {
                return true;
            }
        }
        return false;
    }
}
