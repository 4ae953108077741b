package dev.aviary.pipelineengine;

import dev.aviary.runtime.testing.ServiceConventionsContract;

class PipelineEngineConventionsTest extends ServiceConventionsContract {}
