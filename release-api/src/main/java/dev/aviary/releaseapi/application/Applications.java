package dev.aviary.releaseapi.application;

import dev.aviary.releaseapi.identity.Identities;
import dev.aviary.releaseapi.project.Projects;
import dev.aviary.runtime.audit.AuditTrail;
import dev.aviary.runtime.problem.ApiProblem;
import dev.aviary.runtime.problem.FieldProblem;
import dev.aviary.runtime.security.Access;
import dev.aviary.runtime.security.Permission;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The applications of a project. */
@Service
public class Applications {

    private final ApplicationRepository applications;
    private final Projects projects;
    private final Identities identities;
    private final AuditTrail audit;
    private final Clock clock;

    Applications(
            ApplicationRepository applications,
            Projects projects,
            Identities identities,
            AuditTrail audit,
            Clock clock) {
        this.applications = applications;
        this.projects = projects;
        this.identities = identities;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<ApplicationView> list(String project, String q, String type, String tag, Pageable page) {
        Access.require(Permission.PROJECT_READ, project);
        requireProject(project);
        return applications
                .search(project, blankIfNull(q), blankIfNull(type), blankIfNull(tag), page)
                .map(ApplicationView::of);
    }

    @Transactional(readOnly = true)
    public ApplicationView get(String project, String name) {
        Access.require(Permission.PROJECT_READ, project);
        return ApplicationView.of(existing(project, name));
    }

    @Transactional
    public ApplicationView create(String project, NewApplication request) {
        Access.require(Permission.APPLICATION_WRITE, project);
        requireProject(project);
        if (applications.existsByProjectKeyAndName(project, request.name())) {
            throw ApiProblem.conflict(
                    "application-exists", "Project " + project + " already has an application " + request.name());
        }
        ApplicationEntity app = new ApplicationEntity();
        app.projectKey = project;
        app.name = request.name();
        app.type = request.type();
        app.owners = knownOwners(request.owners());
        app.repositoryUrl = request.repositoryUrl();
        app.language = request.language();
        app.description = request.description() == null ? "" : request.description();
        app.tags = distinct(request.tags());
        app.createdAt = clock.instant();
        app.updatedAt = app.createdAt;
        ApplicationView created = ApplicationView.of(applications.save(app));
        audit.success("application.create", target(project, app.name), null, created);
        return created;
    }

    @Transactional
    public ApplicationView update(String project, String name, ApplicationChanges changes) {
        Access.require(Permission.APPLICATION_WRITE, project);
        ApplicationEntity app = existing(project, name);
        ApplicationView before = ApplicationView.of(app);
        if (changes.type() != null) app.type = changes.type();
        if (changes.owners() != null) app.owners = knownOwners(changes.owners());
        if (changes.repositoryUrl() != null) app.repositoryUrl = changes.repositoryUrl();
        if (changes.language() != null) app.language = changes.language();
        if (changes.description() != null) app.description = changes.description();
        if (changes.tags() != null) app.tags = distinct(changes.tags());
        app.updatedAt = clock.instant();
        ApplicationView after = ApplicationView.of(applications.saveAndFlush(app));
        audit.success("application.update", target(project, name), before, after);
        return after;
    }

    @Transactional
    public void delete(String project, String name) {
        Access.require(Permission.APPLICATION_WRITE, project);
        ApplicationEntity app = existing(project, name);
        ApplicationView before = ApplicationView.of(app);
        applications.delete(app);
        audit.success("application.delete", target(project, name), before, null);
    }

    private String[] knownOwners(List<String> owners) {
        if (owners == null) {
            return new String[0];
        }
        List<FieldProblem> unknown = new ArrayList<>();
        for (int i = 0; i < owners.size(); i++) {
            if (!identities.exists(owners.get(i))) {
                unknown.add(new FieldProblem("owners[" + i + "]", "no user or service account " + owners.get(i)));
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiProblem.invalid(unknown);
        }
        return distinct(owners);
    }

    private static String[] distinct(List<String> values) {
        return values == null ? new String[0] : new LinkedHashSet<>(values).toArray(String[]::new);
    }

    private void requireProject(String project) {
        if (!projects.exists(project)) {
            throw ApiProblem.notFound("No project " + project);
        }
    }

    private ApplicationEntity existing(String project, String name) {
        requireProject(project);
        return applications
                .findByProjectKeyAndName(project, name)
                .orElseThrow(() -> ApiProblem.notFound("Project " + project + " has no application " + name));
    }

    private static String target(String project, String name) {
        return "project/" + project + "/application/" + name;
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value.trim();
    }
}
