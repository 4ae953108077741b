package dev.aviary.hostdeployer;

import dev.aviary.runtime.testing.ServiceConventionsContract;

class HostDeployerConventionsTest extends ServiceConventionsContract {}
