package dev.aviary.meshagent.core;

import java.security.ProtectionDomain;
import java.util.BitSet;

/** What {@link LazyTransformer} hands a candidate class to once Byte Buddy has started. */
interface CandidateTransformer {

    /**
     * What became of the class: its changed class file, or none to leave it as it is.
     *
     * @param nominees the instrumentations (by position) the class is a candidate for; only they look at it
     */
    Transformation transform(
            ClassLoader loader,
            String internalName,
            ProtectionDomain protectionDomain,
            byte[] classFile,
            BitSet nominees);
}
