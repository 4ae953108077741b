package dev.aviary.releaseapi.identity;

import dev.aviary.runtime.security.PrincipalKind;

/** What other features need to know about a principal. */
public record PrincipalRecord(String name, PrincipalKind kind, boolean admin, boolean auditor, boolean disabled) {

    static PrincipalRecord of(PrincipalEntity entity) {
        return new PrincipalRecord(
                entity.name,
                entity.isUser() ? PrincipalKind.USER : PrincipalKind.SERVICE_ACCOUNT,
                entity.admin,
                entity.auditor,
                entity.disabled);
    }
}
