package dev.aviary.releaseapi;

import dev.aviary.runtime.testing.ServiceConventionsContract;

class ReleaseApiConventionsTest extends ServiceConventionsContract {}
