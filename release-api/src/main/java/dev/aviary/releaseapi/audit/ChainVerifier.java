package dev.aviary.releaseapi.audit;

import dev.aviary.runtime.security.Access;
import dev.aviary.runtime.security.Permission;
import java.util.Iterator;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Recomputes the chain from the first event and names the first link that does not hold. */
@Component
class ChainVerifier {

    private final AuditChain chain;

    ChainVerifier(AuditChain chain) {
        this.chain = chain;
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        Access.require(Permission.AUDIT_READ);
        String headHash = chain.headHash();
        long headSequence = chain.headSequence();
        long expected = 1;
        String previous = "genesis";
        try (Stream<ChainLink> links = chain.links()) {
            Iterator<ChainLink> it = links.iterator();
            while (it.hasNext()) {
                ChainLink link = it.next();
                if (link.sequence() != expected) {
                    return ChainVerification.brokenAt(
                            expected - 1,
                            expected,
                            "event #" + expected + " is missing (next stored is #" + link.sequence() + ")",
                            headHash);
                }
                if (!link.prevHash().equals(previous)) {
                    return ChainVerification.brokenAt(
                            expected - 1,
                            expected,
                            "event #" + expected + " does not follow the event before it",
                            headHash);
                }
                if (!link.isIntact()) {
                    return ChainVerification.brokenAt(
                            expected - 1,
                            expected,
                            "event #" + expected + " was changed after it was recorded",
                            headHash);
                }
                previous = link.hash();
                expected++;
            }
        }
        long checked = expected - 1;
        if (checked != headSequence || !previous.equals(headHash)) {
            return ChainVerification.brokenAt(
                    checked,
                    checked + 1,
                    "the chain ends at #" + checked + " but its head says #" + headSequence
                            + ": later events were removed",
                    headHash);
        }
        return ChainVerification.intact(checked, headHash);
    }
}
