package dev.aviary.meshagent.instrumentation.completablefuture;

import dev.aviary.meshagent.core.InstrumentationModule;
import dev.aviary.meshagent.core.TypeInstrumentation;
import java.util.Collections;
import java.util.List;

/**
 * {@code CompletableFuture}'s async stages ({@code supplyAsync}, {@code runAsync}, {@code then*Async}, ...)
 * run with the lane that was current when the stage was created, whatever executor runs them: the common
 * pool, any {@code Executor}, or the thread-per-task fallback the JDK uses when the common pool has a
 * single thread. Java 8+.
 */
public final class CompletableFutureInstrumentationModule extends InstrumentationModule {

    public CompletableFutureInstrumentationModule() {
        super("completable-future");
    }

    @Override
    public List<TypeInstrumentation> typeInstrumentations() {
        return Collections.<TypeInstrumentation>singletonList(new AsyncTaskInstrumentation());
    }
}
