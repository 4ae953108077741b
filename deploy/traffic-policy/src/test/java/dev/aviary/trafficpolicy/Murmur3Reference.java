package dev.aviary.trafficpolicy;

import java.nio.charset.StandardCharsets;

/** The textbook murmur3_x86_32 over a byte array, to check the streaming implementation against. */
final class Murmur3Reference {

    private Murmur3Reference() {}

    static int hash(byte[] data, int seed) {
        int h1 = seed;
        int blocks = data.length / 4;
        for (int i = 0; i < blocks; i++) {
            int k1 = (data[4 * i] & 0xff)
                    | (data[4 * i + 1] & 0xff) << 8
                    | (data[4 * i + 2] & 0xff) << 16
                    | (data[4 * i + 3] & 0xff) << 24;
            k1 *= 0xcc9e2d51;
            k1 = Integer.rotateLeft(k1, 15);
            k1 *= 0x1b873593;
            h1 ^= k1;
            h1 = Integer.rotateLeft(h1, 13);
            h1 = h1 * 5 + 0xe6546b64;
        }
        int k1 = 0;
        int tail = blocks * 4;
        switch (data.length & 3) {
            case 3:
                k1 ^= (data[tail + 2] & 0xff) << 16;
            // fall through
            case 2:
                k1 ^= (data[tail + 1] & 0xff) << 8;
            // fall through
            case 1:
                k1 ^= data[tail] & 0xff;
                k1 *= 0xcc9e2d51;
                k1 = Integer.rotateLeft(k1, 15);
                k1 *= 0x1b873593;
                h1 ^= k1;
            // fall through
            default:
        }
        h1 ^= data.length;
        h1 ^= h1 >>> 16;
        h1 *= 0x85ebca6b;
        h1 ^= h1 >>> 13;
        h1 *= 0xc2b2ae35;
        h1 ^= h1 >>> 16;
        return h1;
    }

    static int bucket(String salt, String value) {
        int hash = hash((salt + ":" + value).getBytes(StandardCharsets.UTF_8), 0);
        return (hash & 0x7fffffff) % 10_000;
    }
}
