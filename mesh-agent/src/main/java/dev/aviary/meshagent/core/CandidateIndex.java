package dev.aviary.meshagent.core;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every enabled instrumentation's {@link ClassCandidates} in one place, asked once per class. It answers which of the
 * instrumentations (by their position in the list it was built from) a class is a candidate for, so that only their
 * matchers look at it.
 */
final class CandidateIndex {

    /** A rule that applies to one instrumentation: a package prefix with the methods a class there must declare. */
    private static final class PrefixRule {
        final String internalPrefix;
        final ConstantPoolScanner needed; // null: every class under the prefix
        final int instrumentation;

        PrefixRule(String internalPrefix, ConstantPoolScanner needed, int instrumentation) {
            this.internalPrefix = internalPrefix;
            this.needed = needed;
            this.instrumentation = instrumentation;
        }
    }

    /** For classes loaded before the agent: a subtype of {@code superType}, under {@code binaryPrefix} if set. */
    private static final class SubtypeRule {
        final String binaryPrefix;
        final String superType;
        final int instrumentation;

        SubtypeRule(String binaryPrefix, String superType, int instrumentation) {
            this.binaryPrefix = binaryPrefix;
            this.superType = superType;
            this.instrumentation = instrumentation;
        }
    }

    private final BitSet everyClass = new BitSet();
    private final Map<String, BitSet> byBinaryName = new HashMap<String, BitSet>();
    private final Map<String, BitSet> byInternalName = new HashMap<String, BitSet>();
    private final List<PrefixRule> prefixRules = new ArrayList<PrefixRule>();
    /** All instrumentations' strings together: one walk of the constant pool tells whether any may apply. */
    private final ConstantPoolScanner anyConstant;
    /** Each instrumentation's own strings, asked only when {@link #anyConstant} found one. */
    private final Map<Integer, ConstantPoolScanner> constantsByInstrumentation =
            new HashMap<Integer, ConstantPoolScanner>();

    private final List<SubtypeRule> loadedSubtypeRules = new ArrayList<SubtypeRule>();

    CandidateIndex(List<ClassCandidates> all) {
        List<String> strings = new ArrayList<String>();
        for (int i = 0; i < all.size(); i++) {
            ClassCandidates candidates = all.get(i);
            if (candidates.everyClass) {
                everyClass.set(i);
            }
            for (String name : candidates.names) {
                nominate(byBinaryName, name, i);
                nominate(byInternalName, name.replace('.', '/'), i);
            }
            if (candidates.namePrefix != null) {
                prefixRules.add(new PrefixRule(
                        candidates.namePrefix.replace('.', '/'),
                        candidates.declaredMethods.isEmpty()
                                ? null
                                : new ConstantPoolScanner(candidates.declaredMethods),
                        i));
            } else if (!candidates.declaredMethods.isEmpty()) {
                strings.addAll(candidates.declaredMethods);
                constantsByInstrumentation.put(i, new ConstantPoolScanner(candidates.declaredMethods));
            }
            for (String superType : candidates.superTypes) {
                loadedSubtypeRules.add(new SubtypeRule(candidates.namePrefix, superType, i));
            }
        }
        anyConstant = new ConstantPoolScanner(strings);
    }

    /** A class about to be defined, by its internal name ({@code java/util/concurrent/ThreadPoolExecutor}). */
    boolean isCandidate(String internalName, byte[] classFile) {
        return nominees(internalName, classFile) != null;
    }

    /** A class loaded before the agent started (or redefined later by someone). */
    boolean isCandidate(Class<?> type) {
        return nominees(type) != null;
    }

    /** The instrumentations a class about to be defined is a candidate for, or {@code null} for none. */
    BitSet nominees(String internalName, byte[] classFile) {
        BitSet found = union(null, everyClass);
        found = union(found, byInternalName.get(internalName));
        for (PrefixRule rule : prefixRules) {
            if (internalName.startsWith(rule.internalPrefix)
                    && (rule.needed == null || rule.needed.declaresAny(classFile))) {
                found = add(found, rule.instrumentation);
            }
        }
        if (anyConstant.mentionsAny(classFile)) {
            for (Map.Entry<Integer, ConstantPoolScanner> own : constantsByInstrumentation.entrySet()) {
                if (own.getValue().declaresAny(classFile)) {
                    found = add(found, own.getKey());
                }
            }
        }
        return found;
    }

    /** The instrumentations a loaded class is a candidate for, or {@code null} for none. */
    BitSet nominees(Class<?> type) {
        String name = type.getName();
        BitSet found = union(null, everyClass);
        found = union(found, byBinaryName.get(name));
        for (SubtypeRule rule : loadedSubtypeRules) {
            if ((rule.binaryPrefix == null || name.startsWith(rule.binaryPrefix)) && isSubtype(type, rule.superType)) {
                found = add(found, rule.instrumentation);
            }
        }
        return found;
    }

    private static void nominate(Map<String, BitSet> byName, String name, int instrumentation) {
        BitSet nominees = byName.get(name);
        if (nominees == null) {
            nominees = new BitSet();
            byName.put(name, nominees);
        }
        nominees.set(instrumentation);
    }

    private static BitSet union(BitSet found, BitSet more) {
        if (more == null || more.isEmpty()) {
            return found;
        }
        BitSet result = found == null ? new BitSet() : found;
        result.or(more);
        return result;
    }

    private static BitSet add(BitSet found, int instrumentation) {
        BitSet result = found == null ? new BitSet() : found;
        result.set(instrumentation);
        return result;
    }

    private static boolean isSubtype(Class<?> type, String superType) {
        for (Class<?> at = type; at != null; at = at.getSuperclass()) {
            if (at.getName().equals(superType)) {
                return true;
            }
            for (Class<?> implemented : at.getInterfaces()) {
                if (isSubtype(implemented, superType)) {
                    return true;
                }
            }
        }
        return false;
    }
}
