package dev.aviary.trafficpolicy;

import java.util.Arrays;

/** An immutable-after-build open-addressing set of longs with linear probing, at most half full. */
final class LongHashSet {

    private static final long EMPTY = 0;

    private final long[] slots;
    private final int mask;
    private boolean containsEmpty;

    LongHashSet(int expectedSize) {
        int capacity = Integer.highestOneBit(Math.max(4, expectedSize) * 2 - 1) << 1;
        slots = new long[capacity];
        Arrays.fill(slots, EMPTY);
        mask = capacity - 1;
    }

    void add(long value) {
        if (value == EMPTY) {
            containsEmpty = true;
            return;
        }
        int index = slot(value);
        while (slots[index] != EMPTY) {
            if (slots[index] == value) {
                return;
            }
            index = (index + 1) & mask;
        }
        slots[index] = value;
    }

    boolean contains(long value) {
        if (value == EMPTY) {
            return containsEmpty;
        }
        int index = slot(value);
        while (true) {
            long slot = slots[index];
            if (slot == value) {
                return true;
            }
            if (slot == EMPTY) {
                return false;
            }
            index = (index + 1) & mask;
        }
    }

    private int slot(long value) {
        long mixed = value * 0x9e3779b97f4a7c15L;
        return (int) (mixed ^ (mixed >>> 32)) & mask;
    }
}
