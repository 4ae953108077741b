package dev.aviary.releaseapi.access;

import dev.aviary.releaseapi.identity.Identities;
import dev.aviary.releaseapi.identity.UserView;
import dev.aviary.runtime.security.Access;
import dev.aviary.runtime.security.AviaryAuthentication;
import dev.aviary.runtime.security.AviaryPrincipal;
import dev.aviary.runtime.security.PrincipalKind;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

    private final Identities identities;

    MeController(Identities identities) {
        this.identities = identities;
    }

    @GetMapping("/api/v1/users/me")
    MeView me() {
        AviaryPrincipal me = Access.principal();
        UserView user = me.kind() == PrincipalKind.USER ? identities.user(me.name()) : null;
        List<MeView.ProjectAccess> projects = me.projects().entrySet().stream()
                .filter(e -> me.canSee(e.getKey()))
                .map(e -> new MeView.ProjectAccess(
                        e.getKey(), e.getValue().role().key(), e.getValue().production()))
                .sorted(Comparator.comparing(MeView.ProjectAccess::key))
                .toList();
        AviaryAuthentication authentication =
                (AviaryAuthentication) SecurityContextHolder.getContext().getAuthentication();
        return new MeView(
                me.name(),
                user == null ? me.name() : user.displayName(),
                user == null ? null : user.email(),
                me.kind().key(),
                me.isAdmin(),
                me.isAuditor(),
                authentication.credential().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                projects);
    }
}
