package dev.aviary.envmanager.environment;

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
@RequestMapping("/api/v1/environments")
class EnvironmentController {

    private final Environments environments;

    EnvironmentController(Environments environments) {
        this.environments = environments;
    }

    /** {@code project} is required; the service says so as a field error like any other. */
    @GetMapping
    PagedModel<EnvironmentView> list(
            @RequestParam(required = false) String project, @RequestParam(required = false) String q, Pageable page) {
        return new PagedModel<>(environments.list(project, q, page));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    EnvironmentView create(@Valid @RequestBody NewEnvironment environment) {
        return environments.create(environment);
    }

    @GetMapping("/{project}/{name}")
    EnvironmentView get(@PathVariable String project, @PathVariable String name) {
        return environments.get(project, name);
    }

    @PatchMapping("/{project}/{name}")
    EnvironmentView update(
            @PathVariable String project, @PathVariable String name, @Valid @RequestBody EnvironmentChanges changes) {
        return environments.update(project, name, changes);
    }

    @DeleteMapping("/{project}/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String project, @PathVariable String name) {
        environments.delete(project, name);
    }
}
