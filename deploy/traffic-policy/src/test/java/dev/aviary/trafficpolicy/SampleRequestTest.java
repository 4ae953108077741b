package dev.aviary.trafficpolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleRequestTest {

    @Test
    void nullMapsAreEmptyAndHeaderLookupIgnoresCase() {
        SampleRequest request = new SampleRequest(Map.of("X-User-Id", "1001"), null, null, null, "/");
        assertThat(request.header("x-user-id")).isEqualTo("1001");
        assertThat(request.header("X-USER-ID")).isEqualTo("1001");
        assertThat(request.header("x-other")).isNull();
        assertThat(request.cookie("region")).isNull();
        assertThat(request.query("debug")).isNull();
        assertThat(request.clientAddress()).isNull();
        assertThat(request.path()).isEqualTo("/");
    }

    @Test
    void clientIpLiteralsBecomeAddressesWithoutDns() {
        assertThat(Policies.clientIp("203.0.113.9").clientAddress())
                .isInstanceOf(Inet4Address.class)
                .hasToString("/203.0.113.9");
        assertThat(Policies.clientIp("2001:db8::7").clientAddress()).isInstanceOf(Inet6Address.class);
        assertThat(Policies.clientIp("::").clientAddress().getAddress()).containsOnly(0);
        assertThat(Policies.clientIp("::ffff:1.2.3.4").clientAddress()).hasToString("/1.2.3.4");
        assertThat(Policies.clientIp("1:2:3:4:5:6:7:8").clientAddress().getHostAddress())
                .isEqualTo("1:2:3:4:5:6:7:8");
    }

    @Test
    void invalidClientIpsAreRejectedWithAClearMessage() {
        String[] invalid = {
            "localhost",
            "example.com",
            "256.1.1.1",
            "1.2.3",
            "1.2.3.4.5",
            "01.2.3.4",
            "1.2.3.4 ",
            "",
            "1::2::3",
            "1:2:3:4:5:6:7:8:9",
            "12345::",
            "fe80::1%eth0",
            "::ffff:1.2.3.256",
            "1:2:3:4:5:6:7::8"
        };
        for (String ip : invalid) {
            assertThatThrownBy(() -> Policies.clientIp(ip))
                    .as(ip)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("clientIp '" + ip + "' is not an IPv4 or IPv6 address");
        }
    }
}
