package dev.aviary.graygateway.coloring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressesTest {

    private final ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8", "2001:db8::/32"));

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItForwards() {
        var request = from("203.0.113.9", "192.0.2.1");

        assertThat(addresses.of(request).getHostAddress()).isEqualTo("203.0.113.9");
    }

    @Test
    void throughTrustedProxiesTheLastUntrustedHopIsTheClient() {
        var request = from("10.0.0.1", "198.51.100.7, 192.0.2.1, 10.2.3.4");

        assertThat(addresses.of(request).getHostAddress()).isEqualTo("192.0.2.1");
    }

    @Test
    void aTrustedPeerWithoutHeaderIsTheClient() {
        assertThat(addresses.of(from("10.0.0.1", null)).getHostAddress()).isEqualTo("10.0.0.1");
    }

    @Test
    void aHopThatIsNoAddressEndsTheWalkWithoutAskingDns() {
        var request = from("10.0.0.1", "192.0.2.1, example.com, 10.9.9.9");

        assertThat(addresses.of(request).getHostAddress()).isEqualTo("10.9.9.9");
    }

    @Test
    void ipv6ProxiesAndClientsAreUnderstood() {
        var request = from("2001:db8::1", "2001:db9::5");

        assertThat(addresses.of(request).getHostAddress()).isEqualTo("2001:db9:0:0:0:0:0:5");
    }

    @Test
    void literalsAreParsedStrictly() {
        assertThat(IpLiteral.parse("256.1.1.1")).isNull();
        assertThat(IpLiteral.parse("1.2.3")).isNull();
        assertThat(IpLiteral.parse("dead.beef")).isNull();
        assertThat(IpLiteral.parse(" 192.0.2.1 ").getHostAddress()).isEqualTo("192.0.2.1");
        assertThat(Cidr.parse("192.0.2.0/25").contains(IpLiteral.parse("192.0.2.127")))
                .isTrue();
        assertThat(Cidr.parse("192.0.2.0/25").contains(IpLiteral.parse("192.0.2.128")))
                .isFalse();
    }

    private static MockServerHttpRequest from(String peer, String forwardedFor) {
        var request = MockServerHttpRequest.get("/").remoteAddress(new InetSocketAddress(IpLiteral.parse(peer), 4711));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request.build();
    }
}
