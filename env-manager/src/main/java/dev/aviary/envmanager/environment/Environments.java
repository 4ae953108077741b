package dev.aviary.envmanager.environment;

import dev.aviary.runtime.audit.AuditTrail;
import dev.aviary.runtime.problem.ApiProblem;
import dev.aviary.runtime.security.Access;
import dev.aviary.runtime.security.Permission;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The environments of projects. A project is only a key here: release-api owns projects, and
 * env-manager cannot check that one exists. The permission checks (membership in the project) are the
 * only evidence, so an admin can create environments under a key no project has, and deleting a
 * project in release-api leaves its environments here.
 */
@Service
public class Environments {

    private static final Sort BY_NAME = Sort.by("name");

    private final EnvironmentRepository environments;
    private final AuditTrail audit;
    private final Clock clock;

    Environments(EnvironmentRepository environments, AuditTrail audit, Clock clock) {
        this.environments = environments;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of a project's environments, ordered by name. */
    @Transactional(readOnly = true)
    public Page<EnvironmentView> list(String project, String q, Pageable page) {
        if (project == null || project.isBlank()) {
            throw ApiProblem.invalid("project", "is required: the key of the project whose environments to list");
        }
        Access.require(Permission.PROJECT_READ, project);
        Pageable byName = PageRequest.of(page.getPageNumber(), page.getPageSize(), BY_NAME);
        return environments.search(project, q == null ? "" : q.trim(), byName).map(EnvironmentView::of);
    }

    @Transactional(readOnly = true)
    public EnvironmentView get(String project, String name) {
        Access.require(Permission.PROJECT_READ, project);
        return EnvironmentView.of(existing(project, name));
    }

    @Transactional
    public EnvironmentView create(NewEnvironment request) {
        requireManage(request.project(), request.isProduction());
        if (environments.existsByProjectKeyAndName(request.project(), request.name())) {
            throw exists(request.project(), request.name());
        }
        EnvironmentEntity environment = new EnvironmentEntity();
        environment.projectKey = request.project();
        environment.name = request.name();
        environment.production = request.isProduction();
        environment.description = request.description() == null ? "" : request.description();
        environment.createdAt = now();
        environment.updatedAt = environment.createdAt;
        try {
            environments.saveAndFlush(environment);
        } catch (DataIntegrityViolationException createdConcurrently) {
            throw exists(request.project(), request.name());
        }
        EnvironmentView created = EnvironmentView.of(environment);
        audit.success("environment.create", target(request.project(), request.name()), null, created);
        return created;
    }

    /** Any change to a production environment, and making one production, needs production access. */
    @Transactional
    public EnvironmentView update(String project, String name, EnvironmentChanges changes) {
        Access.require(Permission.ENVIRONMENT_MANAGE, project);
        EnvironmentEntity environment = existing(project, name);
        requireManage(project, environment.production || changes.makesProduction());
        EnvironmentView before = EnvironmentView.of(environment);
        if (changes.description() != null) environment.description = changes.description();
        if (changes.production() != null) environment.production = changes.production();
        environment.updatedAt = now();
        EnvironmentView after = EnvironmentView.of(environment);
        audit.success("environment.update", target(project, name), before, after);
        return after;
    }

    @Transactional
    public void delete(String project, String name) {
        Access.require(Permission.ENVIRONMENT_MANAGE, project);
        EnvironmentEntity environment = existing(project, name);
        requireManage(project, environment.production);
        EnvironmentView before = EnvironmentView.of(environment);
        environments.delete(environment);
        audit.success("environment.delete", target(project, name), before, null);
    }

    private static void requireManage(String project, boolean production) {
        if (production) {
            Access.requireInProduction(Permission.ENVIRONMENT_MANAGE, project);
        } else {
            Access.require(Permission.ENVIRONMENT_MANAGE, project);
        }
    }

    private EnvironmentEntity existing(String project, String name) {
        return environments
                .findByProjectKeyAndName(project, name)
                .orElseThrow(() -> ApiProblem.notFound("Project " + project + " has no environment " + name));
    }

    private static ApiProblem exists(String project, String name) {
        return ApiProblem.conflict(
                "environment-exists", "Project " + project + " already has an environment " + name + ".");
    }

    /** PostgreSQL keeps microseconds: the answer to a change shows what a later read returns. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String target(String project, String name) {
        return "project/" + project + "/environment/" + name;
    }
}
