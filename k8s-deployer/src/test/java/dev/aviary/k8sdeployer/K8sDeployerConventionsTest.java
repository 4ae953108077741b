package dev.aviary.k8sdeployer;

import dev.aviary.runtime.testing.ServiceConventionsContract;

class K8sDeployerConventionsTest extends ServiceConventionsContract {}
