package dev.aviary.trafficpolicy;

/**
 * murmur3_x86_32 (seed 0) over the UTF-8 encoding of {@code salt + ":" + value}, streamed from the chars so
 * that nothing is allocated. Unpaired surrogates encode as {@code '?'}, as {@link String#getBytes} does.
 */
final class Murmur3Utf8 {

    private static final int C1 = 0xcc9e2d51;
    private static final int C2 = 0x1b873593;

    private Murmur3Utf8() {}

    static int hash(String salt, String value) {
        int saltLength = salt.length();
        int total = saltLength + 1 + value.length();
        int h1 = 0;
        int byteCount = 0;
        // Encoded bytes not yet mixed, first byte lowest; at most 3 left over plus 4 new ones.
        long pending = 0;
        int pendingBytes = 0;
        for (int i = 0; i < total; i++) {
            char c = charAt(salt, value, i);
            int encoded;
            int width;
            if (c < 0x80) {
                encoded = c;
                width = 1;
            } else if (c < 0x800) {
                encoded = (0xc0 | c >> 6) | (0x80 | c & 0x3f) << 8;
                width = 2;
            } else if (Character.isSurrogate(c)) {
                char low = i + 1 < total ? charAt(salt, value, i + 1) : 0;
                if (Character.isHighSurrogate(c) && Character.isLowSurrogate(low)) {
                    int codePoint = Character.toCodePoint(c, low);
                    encoded = (0xf0 | codePoint >> 18)
                            | (0x80 | codePoint >> 12 & 0x3f) << 8
                            | (0x80 | codePoint >> 6 & 0x3f) << 16
                            | (0x80 | codePoint & 0x3f) << 24;
                    width = 4;
                    i++;
                } else {
                    encoded = '?';
                    width = 1;
                }
            } else {
                encoded = (0xe0 | c >> 12) | (0x80 | c >> 6 & 0x3f) << 8 | (0x80 | c & 0x3f) << 16;
                width = 3;
            }
            pending |= (encoded & 0xffffffffL) << (pendingBytes * 8);
            pendingBytes += width;
            byteCount += width;
            if (pendingBytes >= 4) {
                h1 = mixBlock(h1, (int) pending);
                pending >>>= 32;
                pendingBytes -= 4;
            }
        }
        if (pendingBytes > 0) {
            h1 ^= mixK1((int) pending);
        }
        return fmix(h1 ^ byteCount);
    }

    private static char charAt(String salt, String value, int index) {
        int saltLength = salt.length();
        if (index < saltLength) {
            return salt.charAt(index);
        }
        return index == saltLength ? ':' : value.charAt(index - saltLength - 1);
    }

    private static int mixK1(int k1) {
        k1 *= C1;
        k1 = Integer.rotateLeft(k1, 15);
        return k1 * C2;
    }

    private static int mixBlock(int h1, int k1) {
        h1 ^= mixK1(k1);
        h1 = Integer.rotateLeft(h1, 13);
        return h1 * 5 + 0xe6546b64;
    }

    private static int fmix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ h >>> 16;
    }
}
