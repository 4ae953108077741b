package dev.aviary.releaseapi.token;

import dev.aviary.releaseapi.project.Projects;
import dev.aviary.runtime.audit.AuditTrail;
import dev.aviary.runtime.problem.ApiProblem;
import dev.aviary.runtime.problem.FieldProblem;
import dev.aviary.runtime.security.Access;
import dev.aviary.runtime.security.AviaryPrincipal;
import dev.aviary.runtime.security.Permission;
import dev.aviary.runtime.security.PrincipalKind;
import dev.aviary.runtime.security.TokenDigest;
import dev.aviary.runtime.security.TokenScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** API tokens: issued once in clear, stored as a hash, narrowed by scope, revocable. */
@Service
public class ApiTokens {

    static final int DEFAULT_DAYS = 90;
    private static final Set<Permission> SCOPABLE = scopable();

    private final ApiTokenRepository tokens;
    private final Projects projects;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, Projects projects, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    /** The owner of a usable token; empty for unknown, expired or revoked ones alike. */
    @Transactional
    public Optional<TokenOwner> resolve(String secret) {
        Instant now = clock.instant();
        return tokens.findByTokenHash(TokenDigest.of(secret))
                .filter(token -> token.isUsableAt(now))
                .map(token -> {
                    tokens.touch(token.id, now, now.minus(Duration.ofMinutes(1)));
                    return new TokenOwner(token.owner, scopeOf(token));
                });
    }

    @Transactional
    public TokenView issueForMe(NewToken request) {
        AviaryPrincipal me = Access.principal();
        if (me.kind() == PrincipalKind.PLATFORM_SERVICE
                || me.scope().projects() != null
                || me.scope().permissions() != null) {
            throw Access.forbidden("Tokens can be created only by a signed-in user or with an unrestricted token");
        }
        return issue(me.name(), request);
    }

    @Transactional
    public TokenView issueFor(String owner, NewToken request) {
        Access.require(Permission.USER_MANAGE);
        return issue(owner, request);
    }

    /** The admin's token given by {@code AVIARY_ADMIN_TOKEN} at the first start; it does not expire. */
    @Transactional
    public void issueBootstrap(String owner, String secret) {
        ApiTokenEntity token = newToken(owner, "bootstrap", secret, null);
        tokens.save(token);
        audit.bySystem("token.create", "token/" + token.id, null, TokenView.of(token, clock.instant(), null));
    }

    @Transactional(readOnly = true)
    public Page<TokenView> list(String owner, Pageable page) {
        AviaryPrincipal me = Access.principal();
        String whose = owner == null || owner.isBlank() ? me.name() : owner;
        if (!whose.equals(me.name())) {
            Access.require(Permission.USER_MANAGE);
        }
        Instant now = clock.instant();
        return tokens.findByOwner(whose, page).map(t -> TokenView.of(t, now, null));
    }

    /** Revokes a token of the caller's, or any token for an admin; the record stays. */
    @Transactional
    public void revoke(UUID id, String requiredOwner) {
        AviaryPrincipal me = Access.principal();
        ApiTokenEntity token = tokens.findById(id)
                .filter(t -> requiredOwner == null || t.owner.equals(requiredOwner))
                .orElseThrow(() -> ApiProblem.notFound("No token " + id));
        if (!token.owner.equals(me.name())) {
            Access.require(Permission.USER_MANAGE);
        }
        if (token.revokedAt != null) {
            return;
        }
        Instant now = clock.instant();
        TokenView before = TokenView.of(token, now, null);
        token.revokedAt = now;
        audit.success("token.revoke", "token/" + id, before, TokenView.of(token, now, null));
    }

    private TokenView issue(String owner, NewToken request) {
        if (tokens.existsByOwnerAndName(owner, request.name().trim())) {
            throw ApiProblem.conflict(
                    "token-exists",
                    owner + " already has a token named " + request.name().trim());
        }
        String secret = TokenSecrets.generate();
        int days = request.expiresInDays() == null ? DEFAULT_DAYS : request.expiresInDays();
        ApiTokenEntity token =
                newToken(owner, request.name().trim(), secret, clock.instant().plus(Duration.ofDays(days)));
        List<FieldProblem> problems = new ArrayList<>();
        problems.addAll(unknownProjects(request.projects()));
        problems.addAll(unscopablePermissions(request.permissions()));
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        token.projects = distinct(request.projects());
        token.permissions = distinct(request.permissions());
        tokens.save(token);
        TokenView issued = TokenView.of(token, clock.instant(), secret);
        audit.success("token.create", "token/" + token.id, null, issued);
        return issued;
    }

    private ApiTokenEntity newToken(String owner, String name, String secret, Instant expiresAt) {
        ApiTokenEntity token = new ApiTokenEntity();
        token.id = UUID.randomUUID();
        token.owner = owner;
        token.name = name;
        token.tokenHash = TokenDigest.of(secret);
        token.prefix = TokenSecrets.prefixOf(secret);
        token.createdAt = clock.instant();
        token.expiresAt = expiresAt;
        return token;
    }

    private List<FieldProblem> unknownProjects(List<String> keys) {
        List<FieldProblem> unknown = new ArrayList<>();
        for (int i = 0; keys != null && i < keys.size(); i++) {
            if (!projects.exists(keys.get(i))) {
                unknown.add(new FieldProblem("projects[" + i + "]", "no project " + keys.get(i)));
            }
        }
        return unknown;
    }

    private static List<FieldProblem> unscopablePermissions(List<String> keys) {
        List<FieldProblem> invalid = new ArrayList<>();
        if (keys == null) {
            return invalid;
        }
        for (int i = 0; i < keys.size(); i++) {
            boolean scopable =
                    Permission.find(keys.get(i)).filter(SCOPABLE::contains).isPresent();
            if (!scopable) {
                invalid.add(new FieldProblem(
                        "permissions[" + i + "]",
                        "must be one of "
                                + SCOPABLE.stream().map(Permission::key).collect(Collectors.joining(", "))));
            }
        }
        return invalid;
    }

    /** Project permissions, the production flag and traffic; never the admin's platform permissions. */
    private static Set<Permission> scopable() {
        Set<Permission> scopable = EnumSet.range(Permission.PROJECT_READ, Permission.PRODUCTION);
        scopable.addAll(EnumSet.of(Permission.TRAFFIC_READ, Permission.TRAFFIC_MANAGE));
        return Set.copyOf(scopable);
    }

    private static String[] distinct(List<String> values) {
        return values == null ? null : new LinkedHashSet<>(values).toArray(String[]::new);
    }

    private static TokenScope scopeOf(ApiTokenEntity token) {
        Set<String> projectScope = token.projects == null ? null : Set.of(token.projects);
        Set<Permission> permissionScope = token.permissions == null
                ? null
                : java.util.Arrays.stream(token.permissions)
                        .map(p -> Permission.find(p).orElseThrow())
                        .collect(Collectors.toUnmodifiableSet());
        return new TokenScope(projectScope, permissionScope);
    }
}
