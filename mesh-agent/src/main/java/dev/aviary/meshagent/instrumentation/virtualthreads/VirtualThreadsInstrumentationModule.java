package dev.aviary.meshagent.instrumentation.virtualthreads;

import dev.aviary.meshagent.core.InstrumentationModule;
import dev.aviary.meshagent.core.TypeInstrumentation;
import java.util.Arrays;
import java.util.List;

/**
 * Work handed to a virtual thread (Java 21+) runs with the lane current when it was handed over:
 * {@code Thread.ofVirtual().start/unstarted(Runnable)}, {@code Thread.startVirtualThread(Runnable)}, and every
 * thread-per-task executor ({@code Executors.newVirtualThreadPerTaskExecutor()},
 * {@code newThreadPerTaskExecutor(factory)}: {@code execute}, {@code submit}, {@code invokeAll},
 * {@code invokeAny}). The task is wrapped where it is handed over, never at {@code ThreadFactory.newThread}: a
 * factory also makes the long-lived workers of pools, which would keep the lane of the request that happened to
 * create them.
 */
public final class VirtualThreadsInstrumentationModule extends InstrumentationModule {

    public VirtualThreadsInstrumentationModule() {
        super("virtual-threads");
    }

    @Override
    public String unsupportedReason() {
        int feature = featureVersion(System.getProperty("java.specification.version"));
        return feature >= 21 ? null : "virtual threads need Java 21+ (this JVM is Java " + feature + ")";
    }

    /** 8 for {@code 1.8}, 17 for {@code 17}; 0 when unreadable. */
    static int featureVersion(String specificationVersion) {
        if (specificationVersion == null) {
            return 0;
        }
        String version =
                specificationVersion.startsWith("1.") ? specificationVersion.substring(2) : specificationVersion;
        int dot = version.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
        } catch (NumberFormatException unreadable) {
            return 0;
        }
    }

    @Override
    public List<TypeInstrumentation> typeInstrumentations() {
        return Arrays.<TypeInstrumentation>asList(
                new VirtualThreadBuilderInstrumentation(),
                new StartVirtualThreadInstrumentation(),
                new ThreadPerTaskExecutorInstrumentation());
    }
}
