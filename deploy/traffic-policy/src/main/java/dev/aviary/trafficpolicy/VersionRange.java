package dev.aviary.trafficpolicy;

import java.util.ArrayList;
import java.util.List;

/** A version range: comparator sets joined by {@code ||}, the comparators of a set joined by spaces. */
final class VersionRange {

    /** Any one set matching is enough; within a set, every comparator must accept. */
    final VersionComparator[][] alternatives;

    private VersionRange(VersionComparator[][] alternatives) {
        this.alternatives = alternatives;
    }

    static VersionRange parse(String text) {
        String[] parts = text.split("\\|\\|", -1);
        VersionComparator[][] alternatives = new VersionComparator[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            if (part.isEmpty()) {
                throw new IllegalArgumentException(
                        parts.length == 1 ? "empty range" : "empty comparator set around '||'");
            }
            alternatives[i] = parseSet(part.split("\\s+"));
        }
        return new VersionRange(alternatives);
    }

    private static VersionComparator[] parseSet(String[] tokens) {
        List<VersionComparator> comparators = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            if (token.equals("-")) {
                throw new IllegalArgumentException("hyphen ranges are not supported; write >=1.0.0 <=2.0.0");
            }
            if (token.startsWith("^") || token.startsWith("~")) {
                throw new IllegalArgumentException(
                        "'" + token.charAt(0) + "' ranges are not supported; use comparators >= > <= < =");
            }
            VersionComparator.Operator operator = operatorOf(token);
            String versionText = token.substring(operator == null ? 0 : operator.symbol.length());
            if (versionText.isEmpty()) {
                if (i + 1 == tokens.length) {
                    throw new IllegalArgumentException("'" + token + "' is not followed by a version");
                }
                versionText = tokens[++i];
            }
            if (operatorOf(versionText) != null) {
                throw new IllegalArgumentException(JsonTypes.quote(token) + " has more than one operator");
            }
            comparators.add(new VersionComparator(
                    operator == null ? VersionComparator.Operator.EQUAL : operator,
                    SemanticVersion.parse(versionText)));
        }
        return comparators.toArray(new VersionComparator[0]);
    }

    private static VersionComparator.Operator operatorOf(String token) {
        for (VersionComparator.Operator operator : VersionComparator.Operator.values()) {
            if (token.startsWith(operator.symbol)) {
                return operator;
            }
        }
        return null;
    }
}
