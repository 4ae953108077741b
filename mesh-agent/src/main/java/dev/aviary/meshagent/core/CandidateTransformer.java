package dev.aviary.meshagent.core;

import java.security.ProtectionDomain;
import java.util.BitSet;

/** What {@link LazyTransformer} hands a candidate class to once Byte Buddy has started. */
interface CandidateTransformer {

    /**
     * The changed class file, or {@code null} to leave the class as it is.
     *
     * @param nominees the instrumentations (by position) the class is a candidate for; only they look at it
     */
    byte[] transform(
            ClassLoader loader,
            String internalName,
            ProtectionDomain protectionDomain,
            byte[] classFile,
            BitSet nominees);
}
