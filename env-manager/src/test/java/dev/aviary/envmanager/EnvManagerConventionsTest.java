package dev.aviary.envmanager;

import dev.aviary.runtime.testing.ServiceConventionsContract;
import org.springframework.context.annotation.Import;

/**
 * The shared contract, with credentials resolved by {@link TestPrincipals}: through the runtime's
 * release-api directory an unknown token would be a 503 (release-api unreachable), not the 401 the
 * contract checks.
 */
@Import(TestPrincipals.class)
class EnvManagerConventionsTest extends ServiceConventionsContract {}
