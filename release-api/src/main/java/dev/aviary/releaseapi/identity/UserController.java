package dev.aviary.releaseapi.identity;

import dev.aviary.runtime.problem.SortableBy;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
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
@RequestMapping("/api/v1/users")
class UserController {

    private static final SortableBy SORTABLE = SortableBy.of("name", "displayName", "email", "createdAt");

    private final Identities identities;

    UserController(Identities identities) {
        this.identities = identities;
    }

    @GetMapping
    PagedModel<UserView> list(@RequestParam(required = false) String q, Pageable page) {
        return new PagedModel<>(identities.users(q, SORTABLE.check(page)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(@Valid @RequestBody NewUser user) {
        return identities.createUser(user);
    }

    @GetMapping("/{username}")
    UserView get(@PathVariable String username) {
        return identities.user(username);
    }

    @PatchMapping("/{username}")
    UserView update(@PathVariable String username, @Valid @RequestBody UserChanges changes) {
        return identities.updateUser(username, changes);
    }
}
