package dev.aviary.trafficpolicy;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/** Turns a validated condition into its matcher. */
final class MatcherCompiler {

    private final String lane;
    private final ListEntries lists;

    MatcherCompiler(String lane, ListEntries lists) {
        this.lane = lane;
        this.lists = lists;
    }

    Matcher compile(Condition condition) {
        if (condition instanceof AllCondition all) {
            return new AllMatcher(compileAll(all.conditions()));
        }
        if (condition instanceof AnyCondition any) {
            return new AnyMatcher(compileAll(any.conditions()));
        }
        if (condition instanceof NotCondition not) {
            return new NotMatcher(compile(not.condition()));
        }
        if (condition instanceof CidrCondition cidr) {
            return new CidrMatcher(cidr.blocks().stream().map(CidrBlock::parse).toList());
        }
        if (condition instanceof EqualsCondition equals) {
            return new EqualsMatcher(ValueSource.of(equals.source()), equals.value());
        }
        if (condition instanceof PrefixCondition prefix) {
            return new PrefixMatcher(ValueSource.of(prefix.source()), prefix.prefix());
        }
        if (condition instanceof RegexCondition regex) {
            return new RegexMatcher(ValueSource.of(regex.source()), Pattern.compile(regex.regex()));
        }
        if (condition instanceof InCondition in) {
            return compileIn(in);
        }
        if (condition instanceof TailDigitsCondition tail) {
            return new TailDigitsMatcher(ValueSource.of(tail.source()), tail.suffixes());
        }
        if (condition instanceof ModuloCondition modulo) {
            return new ModuloMatcher(ValueSource.of(modulo.source()), modulo.divisor(), modulo.remainders());
        }
        if (condition instanceof PercentCondition percent) {
            String salt = percent.salt() != null ? percent.salt() : lane;
            return new PercentMatcher(ValueSource.of(percent.source()), salt, percent.basisPoints());
        }
        if (condition instanceof VersionRangeCondition range) {
            return new VersionRangeMatcher(ValueSource.of(range.source()), VersionRange.parse(range.range()));
        }
        throw new IllegalArgumentException("unknown condition " + condition);
    }

    private Matcher[] compileAll(List<Condition> conditions) {
        return conditions.stream().map(this::compile).toArray(Matcher[]::new);
    }

    private Matcher compileIn(InCondition in) {
        Iterable<String> entries;
        int size;
        if (in.referencesList()) {
            if (in.listVersion() == null) {
                throw new IllegalArgumentException(
                        "traffic list '" + in.list() + "' is not pinned to a version; pin the policy's lists first");
            }
            var listEntries = lists.entries(in.list(), in.listVersion());
            entries = listEntries;
            size = listEntries.size();
        } else {
            entries = in.values();
            size = in.values().size();
        }
        ValueSource source = ValueSource.of(in.source());
        boolean allLongs = true;
        for (String entry : entries) {
            if (!CanonicalLong.isCanonical(entry)) {
                allLongs = false;
                break;
            }
        }
        if (allLongs) {
            LongHashSet set = new LongHashSet(size);
            entries.forEach(entry -> set.add(CanonicalLong.parse(entry)));
            return new LongInMatcher(source, set);
        }
        HashSet<String> set = new HashSet<>(Math.max(16, (int) (size / 0.75f) + 1));
        entries.forEach(set::add);
        return new StringInMatcher(source, set);
    }
}
