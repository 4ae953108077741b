package dev.aviary.trafficpolicy;

import java.util.LinkedHashMap;
import java.util.Map;

/** The operators of the policy language, in the order the docs list them. */
final class Operators {

    static final Map<String, OperandReader> READERS = new LinkedHashMap<>();

    static {
        READERS.put("equals", EqualsCondition::read);
        READERS.put("in", InCondition::read);
        READERS.put("regex", RegexCondition::read);
        READERS.put("prefix", PrefixCondition::read);
        READERS.put("tailDigits", TailDigitsCondition::read);
        READERS.put("modulo", ModuloCondition::read);
        READERS.put("percent", PercentCondition::read);
        READERS.put("versionRange", VersionRangeCondition::read);
        READERS.put("cidr", CidrCondition::read);
    }

    static final String NAMES = String.join(", ", READERS.keySet());

    private Operators() {}

    static boolean validFor(String operator, SourceKind kind) {
        return operator.equals("cidr") == (kind == SourceKind.CLIENT_IP);
    }
}
