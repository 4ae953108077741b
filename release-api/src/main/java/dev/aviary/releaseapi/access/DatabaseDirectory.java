package dev.aviary.releaseapi.access;

import dev.aviary.releaseapi.identity.Identities;
import dev.aviary.releaseapi.identity.PrincipalRecord;
import dev.aviary.releaseapi.project.Projects;
import dev.aviary.releaseapi.token.ApiTokens;
import dev.aviary.runtime.security.AviaryPrincipal;
import dev.aviary.runtime.security.PrincipalDirectory;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * release-api answers from its own tables, always current: a revocation or membership change is in
 * force here at once (other services cache the answer briefly).
 */
@Component
class DatabaseDirectory implements PrincipalDirectory {

    private final Identities identities;
    private final Projects projects;
    private final ApiTokens tokens;

    DatabaseDirectory(Identities identities, Projects projects, ApiTokens tokens) {
        this.identities = identities;
        this.projects = projects;
        this.tokens = tokens;
    }

    @Override
    public Optional<AviaryPrincipal> byApiToken(String token) {
        return tokens.resolve(token)
                .flatMap(owner -> byName(owner.owner()).map(principal -> principal.narrowedTo(owner.scope())));
    }

    @Override
    public Optional<AviaryPrincipal> byName(String name) {
        return identities.find(name).filter(p -> !p.disabled()).map(this::withMemberships);
    }

    private AviaryPrincipal withMemberships(PrincipalRecord p) {
        return new AviaryPrincipal(p.name(), p.kind(), p.admin(), p.auditor(), projects.membershipsOf(p.name()), null);
    }
}
