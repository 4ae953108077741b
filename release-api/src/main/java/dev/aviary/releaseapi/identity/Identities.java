package dev.aviary.releaseapi.identity;

import dev.aviary.runtime.audit.AuditTrail;
import dev.aviary.runtime.problem.ApiProblem;
import dev.aviary.runtime.security.Access;
import dev.aviary.runtime.security.Permission;
import java.time.Clock;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and service accounts: the principals of Aviary. */
@Service
public class Identities {

    private final PrincipalRepository principals;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    Identities(PrincipalRepository principals, PasswordEncoder passwords, AuditTrail audit, Clock clock) {
        this.principals = principals;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<PrincipalRecord> find(String name) {
        return principals.findById(name).map(PrincipalRecord::of);
    }

    @Transactional(readOnly = true)
    public boolean exists(String name) {
        return principals.existsById(name);
    }

    @Transactional(readOnly = true)
    public Page<UserView> users(String query, Pageable page) {
        Access.principal();
        return principals
                .search(PrincipalEntity.USER, query == null ? "" : query.trim(), page)
                .map(UserView::of);
    }

    @Transactional(readOnly = true)
    public UserView user(String username) {
        Access.principal();
        return UserView.of(existing(username, PrincipalEntity.USER));
    }

    @Transactional
    public UserView createUser(NewUser request) {
        String actor = Access.require(Permission.USER_MANAGE).name();
        refuseTaken(request.username());
        PrincipalEntity user = newPrincipal(request.username(), PrincipalEntity.USER, actor);
        user.displayName = request.displayName() == null ? request.username() : request.displayName();
        user.email = request.email();
        user.passwordHash = passwords.encode(request.password());
        user.admin = Boolean.TRUE.equals(request.admin());
        user.auditor = Boolean.TRUE.equals(request.auditor());
        UserView created = UserView.of(principals.save(user));
        audit.success("user.create", "user/" + user.name, null, created);
        return created;
    }

    @Transactional
    public UserView updateUser(String username, UserChanges changes) {
        String actor = Access.require(Permission.USER_MANAGE).name();
        PrincipalEntity user = existing(username, PrincipalEntity.USER);
        UserView before = UserView.of(user);
        boolean demotesSelf = username.equals(actor)
                && (Boolean.FALSE.equals(changes.admin()) || Boolean.TRUE.equals(changes.disabled()));
        if (demotesSelf) {
            throw ApiProblem.conflict("last-admin", "You cannot remove your own admin role or disable yourself.");
        }
        if (changes.displayName() != null) user.displayName = changes.displayName();
        if (changes.email() != null) user.email = changes.email();
        if (changes.password() != null) user.passwordHash = passwords.encode(changes.password());
        if (changes.admin() != null) user.admin = changes.admin();
        if (changes.auditor() != null) user.auditor = changes.auditor();
        if (changes.disabled() != null) user.disabled = changes.disabled();
        UserView after = UserView.of(user);
        audit.success(
                "user.update", "user/" + username, before, changes.password() == null ? after : withPassword(after));
        return after;
    }

    @Transactional(readOnly = true)
    public Page<ServiceAccountView> serviceAccounts(String query, Pageable page) {
        Access.require(Permission.USER_MANAGE);
        return principals
                .search(PrincipalEntity.SERVICE_ACCOUNT, query == null ? "" : query.trim(), page)
                .map(ServiceAccountView::of);
    }

    @Transactional(readOnly = true)
    public ServiceAccountView serviceAccount(String name) {
        Access.require(Permission.USER_MANAGE);
        return ServiceAccountView.of(existing(name, PrincipalEntity.SERVICE_ACCOUNT));
    }

    @Transactional
    public ServiceAccountView createServiceAccount(NewServiceAccount request) {
        String actor = Access.require(Permission.USER_MANAGE).name();
        refuseTaken(request.name());
        PrincipalEntity account = newPrincipal(request.name(), PrincipalEntity.SERVICE_ACCOUNT, actor);
        account.description = request.description() == null ? "" : request.description();
        ServiceAccountView created = ServiceAccountView.of(principals.save(account));
        audit.success("service-account.create", "service-account/" + account.name, null, created);
        return created;
    }

    /** Deleting a service account also removes its tokens and memberships. */
    @Transactional
    public void deleteServiceAccount(String name) {
        Access.require(Permission.USER_MANAGE);
        PrincipalEntity account = existing(name, PrincipalEntity.SERVICE_ACCOUNT);
        ServiceAccountView before = ServiceAccountView.of(account);
        principals.delete(account);
        audit.success("service-account.delete", "service-account/" + name, before, null);
    }

    /** Checks that a user exists (for the tokens an admin issues to them); admins only. */
    @Transactional(readOnly = true)
    public void requireUser(String name) {
        Access.require(Permission.USER_MANAGE);
        existing(name, PrincipalEntity.USER);
    }

    /** Checks that a service account exists (for its token endpoints); admins only. */
    @Transactional(readOnly = true)
    public void requireServiceAccount(String name) {
        Access.require(Permission.USER_MANAGE);
        existing(name, PrincipalEntity.SERVICE_ACCOUNT);
    }

    /** Creates the first admin when no principal exists yet; false when there already are some. */
    @Transactional
    public boolean bootstrapAdmin(String username, String password) {
        if (principals.count() > 0) {
            return false;
        }
        PrincipalEntity admin = newPrincipal(username, PrincipalEntity.USER, "aviary");
        admin.displayName = "Platform admin";
        admin.passwordHash = passwords.encode(password);
        admin.admin = true;
        audit.bySystem("user.create", "user/" + username, null, UserView.of(principals.save(admin)));
        return true;
    }

    private PrincipalEntity existing(String name, String kind) {
        return principals
                .findById(name)
                .filter(p -> p.kind.equals(kind))
                .orElseThrow(() -> ApiProblem.notFound(
                        (PrincipalEntity.USER.equals(kind) ? "No user " : "No service account ") + name));
    }

    private void refuseTaken(String name) {
        if (principals.existsById(name)) {
            throw ApiProblem.conflict("name-taken", "A user or service account named " + name + " already exists.");
        }
    }

    PrincipalEntity newPrincipal(String name, String kind, String actor) {
        PrincipalEntity principal = new PrincipalEntity();
        principal.name = name;
        principal.kind = kind;
        principal.createdAt = clock.instant();
        principal.createdBy = actor;
        return principal;
    }

    private static java.util.Map<String, Object> withPassword(UserView after) {
        return java.util.Map.of("user", after, "password", "changed");
    }
}
