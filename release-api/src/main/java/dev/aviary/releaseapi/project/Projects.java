package dev.aviary.releaseapi.project;

import dev.aviary.releaseapi.identity.Identities;
import dev.aviary.releaseapi.identity.PrincipalRecord;
import dev.aviary.runtime.audit.AuditTrail;
import dev.aviary.runtime.problem.ApiProblem;
import dev.aviary.runtime.security.Access;
import dev.aviary.runtime.security.AviaryPrincipal;
import dev.aviary.runtime.security.Membership;
import dev.aviary.runtime.security.Permission;
import dev.aviary.runtime.security.ProjectRole;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects and their members. */
@Service
public class Projects {

    private final ProjectRepository projects;
    private final MemberRepository members;
    private final Identities identities;
    private final AuditTrail audit;
    private final Clock clock;

    Projects(
            ProjectRepository projects,
            MemberRepository members,
            Identities identities,
            AuditTrail audit,
            Clock clock) {
        this.projects = projects;
        this.members = members;
        this.identities = identities;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean exists(String key) {
        return projects.existsById(key);
    }

    @Transactional(readOnly = true)
    public Map<String, Membership> membershipsOf(String principal) {
        return members.findByPrincipal(principal).stream()
                .collect(Collectors.toMap(
                        m -> m.projectKey,
                        m -> new Membership(ProjectRole.find(m.role).orElseThrow(), m.production)));
    }

    /** Admins and auditors see every project; everyone else the projects they are a member of. */
    @Transactional(readOnly = true)
    public Page<ProjectView> list(String query, Pageable page) {
        AviaryPrincipal me = Access.principal();
        String q = query == null ? "" : query.trim();
        boolean seesAll = me.isAdmin() || me.isAuditor();
        if (seesAll && me.scope().projects() == null) {
            return projects.search(q, page).map(ProjectView::of);
        }
        Set<String> visible = (seesAll ? me.scope().projects() : me.projects().keySet())
                .stream().filter(me::canSee).collect(Collectors.toSet());
        return projects.searchAmong(visible, q, page).map(ProjectView::of);
    }

    @Transactional(readOnly = true)
    public ProjectView get(String key) {
        Access.require(Permission.PROJECT_READ, key);
        return ProjectView.of(existing(key));
    }

    @Transactional
    public ProjectView create(NewProject request) {
        Access.require(Permission.PROJECT_CREATE);
        if (projects.existsById(request.key())) {
            throw ApiProblem.conflict("project-exists", "A project with key " + request.key() + " already exists.");
        }
        ProjectEntity project = new ProjectEntity();
        project.key = request.key();
        project.name = request.name().trim();
        project.description = request.description() == null ? "" : request.description();
        project.createdAt = clock.instant();
        project.updatedAt = project.createdAt;
        ProjectView created = ProjectView.of(projects.save(project));
        audit.success("project.create", "project/" + project.key, null, created);
        return created;
    }

    @Transactional
    public ProjectView update(String key, ProjectChanges changes) {
        Access.require(Permission.PROJECT_UPDATE, key);
        ProjectEntity project = existing(key);
        ProjectView before = ProjectView.of(project);
        if (changes.name() != null) project.name = changes.name().trim();
        if (changes.description() != null) project.description = changes.description();
        project.updatedAt = clock.instant();
        ProjectView after = ProjectView.of(project);
        audit.success("project.update", "project/" + key, before, after);
        return after;
    }

    /** Refused while the project still has applications: they go first, deliberately. */
    @Transactional
    public void delete(String key) {
        Access.require(Permission.PROJECT_DELETE, key);
        ProjectEntity project = existing(key);
        ProjectView before = ProjectView.of(project);
        try {
            projects.delete(project);
            projects.flush();
        } catch (DataIntegrityViolationException stillUsed) {
            throw ApiProblem.conflict(
                    "project-not-empty", "Project " + key + " still has applications; delete them first.");
        }
        audit.success("project.delete", "project/" + key, before, null);
    }

    @Transactional(readOnly = true)
    public List<MemberView> members(String key) {
        Access.require(Permission.PROJECT_READ, key);
        existing(key);
        return members.findByProjectKeyOrderByPrincipal(key).stream()
                .map(this::view)
                .toList();
    }

    /** Adds a member or changes its role; only owners and admins, and production only from production. */
    @Transactional
    public Added putMember(String key, String principal, MemberRole request) {
        AviaryPrincipal me = Access.require(Permission.MEMBER_MANAGE, key);
        existing(key);
        ProjectRole role = ProjectRole.find(request.role())
                .orElseThrow(() -> ApiProblem.invalid("role", "must be one of " + ProjectRole.keys()));
        boolean production = Boolean.TRUE.equals(request.production());
        if (production && !me.canInProduction(Permission.MEMBER_MANAGE, key)) {
            throw Access.forbidden("Granting production access requires production access on project " + key);
        }
        if (!identities.exists(principal)) {
            throw ApiProblem.notFound("No user or service account " + principal);
        }
        MemberEntity member =
                members.findById(new MemberEntity.Key(key, principal)).orElse(null);
        MemberView before = member == null ? null : view(member);
        if (member != null && isLastOwner(member) && role != ProjectRole.OWNER) {
            throw ApiProblem.conflict("last-owner", principal + " is the last owner of " + key + ".");
        }
        if (member == null) {
            member = new MemberEntity();
            member.projectKey = key;
            member.principal = principal;
            member.addedAt = clock.instant();
        }
        member.role = role.key();
        member.production = production;
        MemberView after = view(members.save(member));
        audit.success("member.put", "project/" + key + "/member/" + principal, before, after);
        return new Added(after, before == null);
    }

    public record Added(MemberView member, boolean created) {}

    @Transactional
    public void removeMember(String key, String principal) {
        Access.require(Permission.MEMBER_MANAGE, key);
        existing(key);
        MemberEntity member = members.findById(new MemberEntity.Key(key, principal))
                .orElseThrow(() -> ApiProblem.notFound(principal + " is not a member of " + key));
        if (isLastOwner(member)) {
            throw ApiProblem.conflict("last-owner", principal + " is the last owner of " + key + ".");
        }
        MemberView before = view(member);
        members.delete(member);
        audit.success("member.remove", "project/" + key + "/member/" + principal, before, null);
    }

    private boolean isLastOwner(MemberEntity member) {
        return ProjectRole.OWNER.key().equals(member.role)
                && members.countByProjectKeyAndRole(member.projectKey, ProjectRole.OWNER.key()) == 1;
    }

    private MemberView view(MemberEntity member) {
        String kind = identities
                .find(member.principal)
                .map(PrincipalRecord::kind)
                .map(k -> k.key())
                .orElse("unknown");
        return new MemberView(member.principal, kind, member.role, member.production, member.addedAt);
    }

    private ProjectEntity existing(String key) {
        return projects.findById(key).orElseThrow(() -> ApiProblem.notFound("No project " + key));
    }
}
