package dev.aviary.trafficpolicy;

import java.util.BitSet;
import java.util.List;

/** The remainder is computed digit by digit, so values of any length work. */
final class ModuloMatcher extends ValueMatcher {

    private final int divisor;
    private final BitSet remainders;

    ModuloMatcher(ValueSource source, int divisor, List<Integer> remainders) {
        super(source);
        this.divisor = divisor;
        this.remainders = new BitSet(divisor);
        remainders.forEach(this.remainders::set);
    }

    @Override
    boolean test(String value) {
        if (value.isEmpty()) {
            return false;
        }
        int remainder = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!VersionText.isDigit(c)) {
                return false;
            }
            remainder = (remainder * 10 + (c - '0')) % divisor;
        }
        return remainders.get(remainder);
    }
}
