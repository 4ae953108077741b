package dev.aviary.trafficpolicy;

import java.util.regex.Pattern;

/** Whole-value match; the one matcher that allocates (a {@link java.util.regex.Matcher} per call). */
final class RegexMatcher extends ValueMatcher {

    private final Pattern pattern;

    RegexMatcher(ValueSource source, Pattern pattern) {
        super(source);
        this.pattern = pattern;
    }

    @Override
    boolean test(String value) {
        return pattern.matcher(value).matches();
    }
}
