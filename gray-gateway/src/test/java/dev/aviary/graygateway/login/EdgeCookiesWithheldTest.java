package dev.aviary.graygateway.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeCookiesWithheldTest {

    @Test
    void dropsTheEdgesCookiesAndKeepsTheOthersInOrder() {
        assertThat(EdgeCookiesWithheld.withoutEdgeCookies(List.of("a=1; SESSION=s; b=2; XSRF-TOKEN=x")))
                .isEqualTo("a=1; b=2");
    }

    @Test
    void joinsSeveralCookieHeadersIntoOne() {
        assertThat(EdgeCookiesWithheld.withoutEdgeCookies(List.of("a=1", "SESSION=s", "b=2")))
                .isEqualTo("a=1; b=2");
    }

    @Test
    void leavesNothingWhenOnlyTheEdgesCookiesCame() {
        assertThat(EdgeCookiesWithheld.withoutEdgeCookies(List.of("SESSION=s;XSRF-TOKEN=x")))
                .isEmpty();
    }

    @Test
    void matchesCookieNamesExactly() {
        assertThat(EdgeCookiesWithheld.withoutEdgeCookies(List.of("MY_SESSION=m; session=lower; SESSION2=t")))
                .isEqualTo("MY_SESSION=m; session=lower; SESSION2=t");
    }
}
