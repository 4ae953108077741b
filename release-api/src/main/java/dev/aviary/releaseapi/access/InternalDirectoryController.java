package dev.aviary.releaseapi.access;

import dev.aviary.runtime.problem.ApiProblem;
import dev.aviary.runtime.security.AviaryPrincipal;
import dev.aviary.runtime.security.PrincipalDirectory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** How the other services resolve credentials (internal token only; never routed by the edge). */
@RestController
class InternalDirectoryController {

    record Introspection(@NotBlank String token) {}

    private final PrincipalDirectory directory;

    InternalDirectoryController(PrincipalDirectory directory) {
        this.directory = directory;
    }

    @PostMapping("/internal/v1/tokens/introspect")
    AviaryPrincipal introspect(@Valid @RequestBody Introspection request) {
        return directory.byApiToken(request.token()).orElseThrow(() -> ApiProblem.notFound("No usable token"));
    }

    @GetMapping("/internal/v1/principals/{name}")
    AviaryPrincipal principal(@PathVariable String name) {
        return directory.byName(name).orElseThrow(() -> ApiProblem.notFound("No active principal " + name));
    }
}
