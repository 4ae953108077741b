package dev.aviary.releaseapi.token;

import dev.aviary.releaseapi.identity.Identities;
import dev.aviary.runtime.problem.SortableBy;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal tokens under {@code /api/v1/tokens}. Admins also issue and revoke tokens for a service
 * account or a user under their own paths (a user's, e.g., for a script that acts as them).
 */
@RestController
class TokenController {

    private static final SortableBy SORTABLE = SortableBy.of("name", "createdAt", "expiresAt", "lastUsedAt");

    private final ApiTokens tokens;
    private final Identities identities;

    TokenController(ApiTokens tokens, Identities identities) {
        this.tokens = tokens;
        this.identities = identities;
    }

    @GetMapping("/api/v1/tokens")
    PagedModel<TokenView> list(@RequestParam(required = false) String owner, Pageable page) {
        return new PagedModel<>(tokens.list(owner, SORTABLE.check(page)));
    }

    @PostMapping("/api/v1/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    TokenView create(@Valid @RequestBody NewToken token) {
        return tokens.issueForMe(token);
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID id) {
        tokens.revoke(id, null);
    }

    @GetMapping("/api/v1/service-accounts/{name}/tokens")
    PagedModel<TokenView> listForAccount(@PathVariable String name, Pageable page) {
        identities.requireServiceAccount(name);
        return new PagedModel<>(tokens.list(name, SORTABLE.check(page)));
    }

    @PostMapping("/api/v1/service-accounts/{name}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    TokenView createForAccount(@PathVariable String name, @Valid @RequestBody NewToken token) {
        identities.requireServiceAccount(name);
        return tokens.issueFor(name, token);
    }

    @DeleteMapping("/api/v1/service-accounts/{name}/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeForAccount(@PathVariable String name, @PathVariable UUID id) {
        identities.requireServiceAccount(name);
        tokens.revoke(id, name);
    }

    @GetMapping("/api/v1/users/{username}/tokens")
    PagedModel<TokenView> listForUser(@PathVariable String username, Pageable page) {
        identities.requireUser(username);
        return new PagedModel<>(tokens.list(username, SORTABLE.check(page)));
    }

    @PostMapping("/api/v1/users/{username}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    TokenView createForUser(@PathVariable String username, @Valid @RequestBody NewToken token) {
        identities.requireUser(username);
        return tokens.issueFor(username, token);
    }

    @DeleteMapping("/api/v1/users/{username}/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeForUser(@PathVariable String username, @PathVariable UUID id) {
        identities.requireUser(username);
        tokens.revoke(id, username);
    }
}
