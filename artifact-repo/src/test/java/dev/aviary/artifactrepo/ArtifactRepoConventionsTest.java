package dev.aviary.artifactrepo;

import dev.aviary.runtime.testing.ServiceConventionsContract;

class ArtifactRepoConventionsTest extends ServiceConventionsContract {}
