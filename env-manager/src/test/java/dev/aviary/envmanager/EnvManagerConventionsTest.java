package dev.aviary.envmanager;

import dev.aviary.runtime.testing.ServiceConventionsContract;

class EnvManagerConventionsTest extends ServiceConventionsContract {}
