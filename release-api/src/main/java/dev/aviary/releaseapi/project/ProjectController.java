package dev.aviary.releaseapi.project;

import dev.aviary.runtime.problem.SortableBy;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects")
class ProjectController {

    private static final SortableBy SORTABLE = SortableBy.of("key", "name", "createdAt", "updatedAt");

    private final Projects projects;

    ProjectController(Projects projects) {
        this.projects = projects;
    }

    @GetMapping
    PagedModel<ProjectView> list(@RequestParam(required = false) String q, Pageable page) {
        return new PagedModel<>(projects.list(q, SORTABLE.check(page)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ProjectView create(@Valid @RequestBody NewProject project) {
        return projects.create(project);
    }

    @GetMapping("/{key}")
    ProjectView get(@PathVariable String key) {
        return projects.get(key);
    }

    @PatchMapping("/{key}")
    ProjectView update(@PathVariable String key, @Valid @RequestBody ProjectChanges changes) {
        return projects.update(key, changes);
    }

    @DeleteMapping("/{key}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String key) {
        projects.delete(key);
    }

    @GetMapping("/{key}/members")
    List<MemberView> members(@PathVariable String key) {
        return projects.members(key);
    }

    @PutMapping("/{key}/members/{username}")
    ResponseEntity<MemberView> putMember(
            @PathVariable String key, @PathVariable String username, @Valid @RequestBody MemberRole role) {
        Projects.Added added = projects.putMember(key, username, role);
        return ResponseEntity.status(added.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(added.member());
    }

    @DeleteMapping("/{key}/members/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeMember(@PathVariable String key, @PathVariable String username) {
        projects.removeMember(key, username);
    }
}
