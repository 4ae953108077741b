package dev.aviary.meshagent.instrumentation.executors;

import dev.aviary.meshagent.core.InstrumentationModule;
import dev.aviary.meshagent.core.TypeInstrumentation;
import java.util.Arrays;
import java.util.List;

/**
 * Carries the lane from the thread that submits a task to the thread that runs it: JDK thread pools,
 * scheduled pools and fork/join pools (including the common pool and parallel streams), Java 8+.
 */
public final class ExecutorsInstrumentationModule extends InstrumentationModule {

    public ExecutorsInstrumentationModule() {
        super("executors");
    }

    @Override
    public List<TypeInstrumentation> typeInstrumentations() {
        return Arrays.<TypeInstrumentation>asList(
                new ThreadPoolExecutorInstrumentation(),
                new ScheduledThreadPoolExecutorInstrumentation(),
                new ForkJoinPoolInstrumentation(),
                new ForkJoinTaskForkInstrumentation(),
                new ForkJoinTaskExecInstrumentation());
    }
}
