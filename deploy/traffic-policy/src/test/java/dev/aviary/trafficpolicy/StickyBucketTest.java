package dev.aviary.trafficpolicy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StickyBucketTest {

    @Test
    void referenceImplementationGivesThePublishedMurmur3Vectors() {
        assertThat(Murmur3Reference.hash(bytes(""), 0)).isZero();
        assertThat(Murmur3Reference.hash(bytes("hello"), 0)).isEqualTo(0x248bfa47);
        assertThat(Murmur3Reference.hash(bytes("The quick brown fox jumps over the lazy dog"), 0))
                .isEqualTo(0x2e4ff723);
    }

    /** The buckets are part of the contract (docs/traffic.md): these values must never change. */
    @Test
    void bucketsOfKnownValuesNeverChange() {
        assertThat(StickyBucket.of("gray", "1001")).isEqualTo(5056);
        assertThat(StickyBucket.of("gray", "1002")).isEqualTo(3318);
        assertThat(StickyBucket.of("gray", "42")).isEqualTo(2177);
        assertThat(StickyBucket.of("gray", "")).isEqualTo(7523);
        assertThat(StickyBucket.of("feature-x", "alice")).isEqualTo(6042);
        assertThat(StickyBucket.of("gray", "用户-7")).isEqualTo(5764);
        assertThat(StickyBucket.of("gray", "😀")).isEqualTo(1226);
        assertThat(StickyBucket.of("shop-2026", "18612345678")).isEqualTo(638);
    }

    @Test
    void streamingHashEqualsHashOfTheConcatenatedUtf8Bytes() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String salt = randomText(random);
            String value = randomText(random);
            assertThat(Murmur3Utf8.hash(salt, value))
                    .as("salt %s value %s", salt, value)
                    .isEqualTo(Murmur3Reference.hash(bytes(salt + ":" + value), 0));
        }
    }

    @Test
    void unpairedSurrogatesHashLikeStringGetBytes() {
        String[] values = {"\ud83d", "a\ude00b", "\ude00\ud83d", "x\ud83d\ude00\ud83d"};
        for (String value : values) {
            assertThat(StickyBucket.of("gray", value)).isEqualTo(Murmur3Reference.bucket("gray", value));
        }
    }

    @Test
    void bucketIsWithinRange() {
        for (int i = 0; i < 10_000; i++) {
            assertThat(StickyBucket.of("gray", Integer.toString(i))).isBetween(0, 9_999);
        }
    }

    private static String randomText(Random random) {
        int length = random.nextInt(12);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(5)) {
                case 0 -> text.append((char) ('0' + random.nextInt(10)));
                case 1 -> text.append((char) (0x80 + random.nextInt(0x780)));
                case 2 -> text.append((char) (0x800 + random.nextInt(0xd000)));
                case 3 -> text.appendCodePoint(0x10000 + random.nextInt(0x10000));
                default -> text.append((char) (0xd800 + random.nextInt(0x800)));
            }
        }
        return text.toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
