package dev.aviary.releaseapi.audit;

/** The answer of {@code GET /api/v1/audit-events/verify}. */
record ChainVerification(boolean intact, long checked, Long firstBrokenSequence, String problem, String headHash) {

    static ChainVerification intact(long checked, String headHash) {
        return new ChainVerification(true, checked, null, null, headHash);
    }

    static ChainVerification brokenAt(long checked, long sequence, String problem, String headHash) {
        return new ChainVerification(false, checked, sequence, problem, headHash);
    }
}
