package dev.aviary.envmanager;

import dev.aviary.runtime.security.AviaryPrincipal;
import dev.aviary.runtime.security.Membership;
import dev.aviary.runtime.security.PrincipalDirectory;
import dev.aviary.runtime.security.PrincipalKind;
import dev.aviary.runtime.security.ProjectRole;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Fixed API tokens and who they act as. Principals are release-api's to resolve, and release-api is
 * another service, so env-manager's tests put this directory in place of the runtime's HTTP one.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestPrincipals {

    public static final String PROJECT = "shop";
    /** Another project only the owner belongs to. */
    public static final String OTHER_PROJECT = "garden";

    /** Owner of both projects, with production access. */
    public static final String OWNER_WITH_PRODUCTION = "owner-prod";
    /** Maintainer of {@link #PROJECT}, without production access. */
    public static final String MAINTAINER = "maintainer";
    /** Viewer of {@link #PROJECT}. */
    public static final String VIEWER = "viewer";
    /** Member of no project. */
    public static final String STRANGER = "stranger";

    @Bean
    PrincipalDirectory fixedPrincipals() {
        Map<String, AviaryPrincipal> byToken = Map.of(
                OWNER_WITH_PRODUCTION,
                user(
                        "olivia",
                        Map.of(
                                PROJECT, new Membership(ProjectRole.OWNER, true),
                                OTHER_PROJECT, new Membership(ProjectRole.OWNER, true))),
                MAINTAINER,
                user("max", Map.of(PROJECT, new Membership(ProjectRole.MAINTAINER, false))),
                VIEWER,
                user("vera", Map.of(PROJECT, new Membership(ProjectRole.VIEWER, false))),
                STRANGER,
                user("sam", Map.of()));
        return new PrincipalDirectory() {
            @Override
            public Optional<AviaryPrincipal> byApiToken(String token) {
                return Optional.ofNullable(byToken.get(token));
            }

            @Override
            public Optional<AviaryPrincipal> byName(String name) {
                return Optional.empty();
            }
        };
    }

    private static AviaryPrincipal user(String name, Map<String, Membership> projects) {
        return new AviaryPrincipal(name, PrincipalKind.USER, false, false, projects, null);
    }
}
