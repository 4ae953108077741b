package dev.aviary.trafficpolicy;

import static dev.aviary.trafficpolicy.Policies.clientIp;
import static dev.aviary.trafficpolicy.Policies.matches;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class CidrConditionTest {

    @Test
    void ipv4Networks() {
        assertThat(matches("{'clientIp': '10.0.0.0/8'}", clientIp("10.1.2.3"))).isTrue();
        assertThat(matches("{'clientIp': '10.0.0.0/8'}", clientIp("11.0.0.1"))).isFalse();
        assertThat(matches("{'clientIp': {'cidr': '192.168.1.0/24'}}", clientIp("192.168.1.255")))
                .isTrue();
        assertThat(matches("{'clientIp': {'cidr': '192.168.1.0/24'}}", clientIp("192.168.2.0")))
                .isFalse();
        assertThat(matches("{'clientIp': '0.0.0.0/0'}", clientIp("203.0.113.9")))
                .isTrue();
        assertThat(matches("{'clientIp': '203.0.113.9'}", clientIp("203.0.113.9")))
                .isTrue();
        assertThat(matches("{'clientIp': '203.0.113.9/32'}", clientIp("203.0.113.8")))
                .isFalse();
    }

    @Test
    void ipv6Networks() {
        String condition = "{'clientIp': {'cidr': ['2001:db8::/32', 'fe80::/10']}}";
        assertThat(matches(condition, clientIp("2001:db8:1:2::7"))).isTrue();
        assertThat(matches(condition, clientIp("fe80::1"))).isTrue();
        assertThat(matches(condition, clientIp("2001:db9::1"))).isFalse();
        assertThat(matches(condition, clientIp("10.0.0.1"))).isFalse();
        assertThat(matches("{'clientIp': '2001:db8::1:0:0:7/128'}", clientIp("2001:db8:0:0:1::7")))
                .isTrue();
        assertThat(matches("{'clientIp': '2001:db8:ffff:ffff:ff00::/72'}", clientIp("2001:db8:ffff:ffff:ff7f::")))
                .isTrue();
        assertThat(matches("{'clientIp': '2001:db8:ffff:ffff:ff00::/72'}", clientIp("2001:db8:ffff:ffff:fe00::")))
                .isFalse();
        assertThat(matches("{'clientIp': '::/0'}", clientIp("::1"))).isTrue();
    }

    @Test
    void ipv4NetworksDoNotMatchIpv6ClientsAndTheOtherWayRound() {
        assertThat(matches("{'clientIp': '0.0.0.0/0'}", clientIp("2001:db8::1")))
                .isFalse();
        assertThat(matches("{'clientIp': '::/0'}", clientIp("10.0.0.1"))).isFalse();
    }

    @Test
    void anIpv4MappedIpv6ClientMatchesIpv4Networks() throws Exception {
        assertThat(matches("{'clientIp': '10.0.0.0/8'}", clientIp("::ffff:10.1.2.3")))
                .isTrue();
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 10, 9, 8, 7};
        InetAddress address = Inet6Address.getByAddress(null, mapped, -1);
        RequestView request = new FixedAddressRequest(address);
        assertThat(matches("{'clientIp': '10.0.0.0/8'}", request)).isTrue();
        assertThat(matches("{'clientIp': '::ffff:10.0.0.0/104'}", clientIp("10.200.0.1")))
                .isTrue();
    }

    private record FixedAddressRequest(InetAddress clientAddress) implements RequestView {
        @Override
        public String header(String name) {
            return null;
        }

        @Override
        public String cookie(String name) {
            return null;
        }

        @Override
        public String query(String name) {
            return null;
        }

        @Override
        public String path() {
            return null;
        }
    }
}
