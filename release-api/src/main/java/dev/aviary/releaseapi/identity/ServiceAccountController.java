package dev.aviary.releaseapi.identity;

import dev.aviary.runtime.problem.SortableBy;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/service-accounts")
class ServiceAccountController {

    private static final SortableBy SORTABLE = SortableBy.of("name", "createdAt");

    private final Identities identities;

    ServiceAccountController(Identities identities) {
        this.identities = identities;
    }

    @GetMapping
    PagedModel<ServiceAccountView> list(@RequestParam(required = false) String q, Pageable page) {
        return new PagedModel<>(identities.serviceAccounts(q, SORTABLE.check(page)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ServiceAccountView create(@Valid @RequestBody NewServiceAccount account) {
        return identities.createServiceAccount(account);
    }

    @GetMapping("/{name}")
    ServiceAccountView get(@PathVariable String name) {
        return identities.serviceAccount(name);
    }

    @DeleteMapping("/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String name) {
        identities.deleteServiceAccount(name);
    }
}
