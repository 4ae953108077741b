package dev.aviary.releaseapi.application;

import dev.aviary.runtime.problem.SortableBy;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{project}/applications")
class ApplicationController {

    private static final SortableBy SORTABLE = SortableBy.of("name", "type", "language", "createdAt", "updatedAt");

    private final Applications applications;

    ApplicationController(Applications applications) {
        this.applications = applications;
    }

    @GetMapping
    PagedModel<ApplicationView> list(
            @PathVariable String project,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String tag,
            Pageable page) {
        return new PagedModel<>(applications.list(project, q, type, tag, SORTABLE.check(page)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApplicationView create(@PathVariable String project, @Valid @RequestBody NewApplication application) {
        return applications.create(project, application);
    }

    @GetMapping("/{name}")
    ApplicationView get(@PathVariable String project, @PathVariable String name) {
        return applications.get(project, name);
    }

    @PatchMapping("/{name}")
    ApplicationView update(
            @PathVariable String project, @PathVariable String name, @Valid @RequestBody ApplicationChanges changes) {
        return applications.update(project, name, changes);
    }

    @DeleteMapping("/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String project, @PathVariable String name) {
        applications.delete(project, name);
    }
}
