package dev.aviary.meshagent.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every enabled instrumentation's {@link ClassCandidates} in one place, asked once per class. */
final class CandidateIndex {

    private final boolean everyClass;
    private final Set<String> binaryNames = new HashSet<String>();
    private final Set<String> internalNames = new HashSet<String>();
    private final List<String> internalPrefixes = new ArrayList<String>();
    /** Per package prefix, the strings a class there must mention ({@code null}: none needed). */
    private final List<ConstantPoolScanner> prefixConstants = new ArrayList<ConstantPoolScanner>();
    /** (package prefix or null, supertype) pairs, for classes loaded before the agent. */
    private final List<String[]> loadedSubtypeRules = new ArrayList<String[]>();

    private final ConstantPoolScanner constants;

    CandidateIndex(List<ClassCandidates> all) {
        boolean every = false;
        List<String> strings = new ArrayList<String>();
        for (ClassCandidates candidates : all) {
            every |= candidates.everyClass;
            for (String name : candidates.names) {
                binaryNames.add(name);
                internalNames.add(name.replace('.', '/'));
            }
            if (candidates.namePrefix != null) {
                internalPrefixes.add(candidates.namePrefix.replace('.', '/'));
                prefixConstants.add(
                        candidates.constants.isEmpty() ? null : new ConstantPoolScanner(candidates.constants));
            } else {
                strings.addAll(candidates.constants);
            }
            for (String superType : candidates.superTypes) {
                loadedSubtypeRules.add(new String[] {candidates.namePrefix, superType});
            }
        }
        everyClass = every;
        constants = new ConstantPoolScanner(strings);
    }

    /** A class about to be defined, by its internal name ({@code java/util/concurrent/ThreadPoolExecutor}). */
    boolean isCandidate(String internalName, byte[] classFile) {
        if (everyClass || internalNames.contains(internalName)) {
            return true;
        }
        for (int i = 0; i < internalPrefixes.size(); i++) {
            if (internalName.startsWith(internalPrefixes.get(i))) {
                ConstantPoolScanner needed = prefixConstants.get(i);
                if (needed == null || needed.mentionsAny(classFile)) {
                    return true;
                }
            }
        }
        return constants.mentionsAny(classFile);
    }

    /** A class loaded before the agent started (or redefined later by someone). */
    boolean isCandidate(Class<?> type) {
        String name = type.getName();
        if (everyClass || binaryNames.contains(name)) {
            return true;
        }
        for (String[] rule : loadedSubtypeRules) {
            if ((rule[0] == null || name.startsWith(rule[0])) && isSubtype(type, rule[1])) {
                return true;
            }
        }
        return false;
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
