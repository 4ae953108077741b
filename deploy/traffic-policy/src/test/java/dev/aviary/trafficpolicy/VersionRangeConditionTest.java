package dev.aviary.trafficpolicy;

import static dev.aviary.trafficpolicy.Policies.header;
import static dev.aviary.trafficpolicy.Policies.matches;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionRangeConditionTest {

    private static boolean inRange(String range, String version) {
        return matches(
                "{'header': 'x-app-version', 'versionRange': '" + range + "'}", header("x-app-version", version));
    }

    @Test
    void comparatorsCompareMajorMinorPatchNumerically() {
        assertThat(inRange(">=5.2.0", "5.2.0")).isTrue();
        assertThat(inRange(">=5.2.0", "5.10.0")).isTrue();
        assertThat(inRange(">=5.2.0", "5.1.99")).isFalse();
        assertThat(inRange(">5.2.0", "5.2.0")).isFalse();
        assertThat(inRange("<=5.2.0", "5.2.0")).isTrue();
        assertThat(inRange("<5.2.0", "5.2.0")).isFalse();
        assertThat(inRange("=5.2.0", "5.2.0")).isTrue();
        assertThat(inRange("5.2.0", "5.2.1")).isFalse();
    }

    @Test
    void spacesAreAndAndBarsAreOr() {
        assertThat(inRange(">=5.2.0 <6", "5.9.9")).isTrue();
        assertThat(inRange(">=5.2.0 <6", "6.0.0")).isFalse();
        assertThat(inRange(">=5.2.0 <6 || =4.9.1", "4.9.1")).isTrue();
        assertThat(inRange(">=5.2.0 <6 || =4.9.1", "4.9.2")).isFalse();
        assertThat(inRange(">= 5.2.0  < 6", "5.3")).isTrue();
    }

    @Test
    void partialVersionsAndALeadingVAreAllowed() {
        assertThat(inRange("<6", "5.99.99")).isTrue();
        assertThat(inRange("<6", "6")).isFalse();
        assertThat(inRange(">=5.2", "v5.2")).isTrue();
        assertThat(inRange(">=5.2", "V5")).isFalse();
        assertThat(inRange(">=v5.2.0", "5.2.0+build.7")).isTrue();
    }

    @Test
    void aPrereleaseRanksBelowItsRelease() {
        assertThat(inRange(">=5.2.0", "5.2.0-beta")).isFalse();
        assertThat(inRange("<5.2.0", "5.2.0-beta")).isTrue();
        assertThat(inRange(">=5.2.0-beta", "5.2.0-beta")).isTrue();
        assertThat(inRange(">=5.2.0-beta", "5.2.0")).isTrue();
        assertThat(inRange(">5.2.0-alpha", "5.2.0-beta")).isTrue();
    }

    @Test
    void prereleasesFollowSemverPrecedence() {
        String[] ascending = {
            "1.0.0-alpha",
            "1.0.0-alpha.1",
            "1.0.0-alpha.beta",
            "1.0.0-beta",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0-rc.1",
            "1.0.0"
        };
        for (int i = 0; i + 1 < ascending.length; i++) {
            assertThat(inRange("<" + ascending[i + 1], ascending[i]))
                    .as("%s < %s", ascending[i], ascending[i + 1])
                    .isTrue();
            assertThat(inRange(">" + ascending[i], ascending[i + 1]))
                    .as("%s > %s", ascending[i + 1], ascending[i])
                    .isTrue();
        }
    }

    @Test
    void valuesThatAreNotVersionsNeverMatch() {
        String[] notVersions = {
            "",
            "v",
            "5.",
            "5..1",
            "5.2.x",
            "latest",
            "5.2.0-",
            "5.2.0-beta..1",
            "5.2.0 ",
            " 5.2.0",
            "5.2.0.1",
            "1234567890123456789.0.0"
        };
        for (String value : notVersions) {
            assertThat(inRange(">=0", value)).as(value).isFalse();
        }
    }

    @Test
    void hugeComponentsCompareCorrectly() {
        assertThat(inRange(">=20231127", "20231128.0.0")).isTrue();
        assertThat(inRange("<5.2.0", "5.2.999999999999999999")).isFalse();
    }
}
