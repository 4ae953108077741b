package dev.aviary.meshagent.core;

import dev.aviary.meshagent.bootstrap.AgentLog;
import dev.aviary.meshagent.bootstrap.LaneContext;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Byte Buddy's part: the transformer that inlines the enabled modules' advice. Only created (and Byte Buddy's
 * classes only loaded) on the thread {@link LazyTransformer} starts for it.
 */
final class ByteBuddyEngine implements Callable<CandidateTransformer> {

    /** Byte Buddy's own {@code net.bytebuddy.safe}, as the relocation renamed it. */
    private static final String BYTE_BUDDY_SAFE_MODE = "dev.aviary.meshagent.shaded.bytebuddy.safe";

    /** Byte Buddy's own {@code net.bytebuddy.generate}, as the relocation renamed it. */
    private static final String BYTE_BUDDY_GENERATED_DISPATCHERS = "dev.aviary.meshagent.shaded.bytebuddy.generate";

    private final Instrumentation instrumentation;
    private final List<AgentInstaller.EnabledModule> modules;

    ByteBuddyEngine(Instrumentation instrumentation, List<AgentInstaller.EnabledModule> modules) {
        this.instrumentation = instrumentation;
        this.modules = modules;
    }

    @Override
    public CandidateTransformer call() {
        // Inlining advice needs neither sun.misc.Unsafe nor deep reflection; without this, Java 24+ prints
        // a deprecation warning into the application's log when Byte Buddy probes for Unsafe.
        defaultProperty(BYTE_BUDDY_SAFE_MODE, "true");
        // Byte Buddy's dispatchers to newer JDK methods as generated classes, not java.lang.reflect.Proxy
        // instances: the proxies' first use (dynamic modules, proxy generation) cost some 30 ms more of start-up.
        defaultProperty(BYTE_BUDDY_GENERATED_DISPATCHERS, "true");
        ClassLoader agentLoader = ByteBuddyEngine.class.getClassLoader();
        letNamedModulesReadTheLane();
        // Built here, not on first use: a class that loads while a transformation runs on its thread is never shown
        // to any transformer (the JVM's instrument agent does not re-enter), so the JDK classes that building the
        // matchers loads must load outside of one.
        List<AdvisedType> types = new ArrayList<AdvisedType>(); // in the order of the candidates
        for (AgentInstaller.EnabledModule module : modules) {
            List<AdvisedType> moduleTypes = new ArrayList<AdvisedType>();
            try {
                RequiredClasses required = new RequiredClasses(module.requiredClasses);
                for (TypeInstrumentation type : module.types) {
                    moduleTypes.add(new AdvisedType(module.name, type, required, module.helpers));
                }
            } catch (Throwable failure) {
                AgentLog.info("instrumentation " + module.name + " not set up (" + failure
                        + "); what it instruments runs unmodified");
                moduleTypes = new ArrayList<AdvisedType>(Collections.<AdvisedType>nCopies(module.types.size(), null));
            }
            types.addAll(moduleTypes);
        }
        return new AdviceTransformer(types, agentLoader);
    }

    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }

    /**
     * The inlined advice calls {@link LaneContext}, which lives in the bootstrap loader's unnamed module; a class
     * of a named module (the JDK's executors, its HTTP clients) can only do that once its module reads it. The
     * modules of the boot layer that may hold an instrumented class get the edge up front: the JDK modules whose
     * classes the agent changes, and every module that is not the JDK's (an application on the module path). The
     * other JDK modules are left alone: each edge costs a module redefinition (together ~150 ms).
     */
    private void letNamedModulesReadTheLane() {
        try {
            JdkModules.letBootLayerRead(instrumentation, LaneContext.class, new JdkModules.ModuleNames() {
                @Override
                public boolean matches(String name) {
                    return name.equals("java.base")
                            || name.equals("java.net.http")
                            || !(name.startsWith("java.") || name.startsWith("jdk."));
                }
            });
        } catch (Throwable failure) {
            AgentLog.info("named modules may not see the lane (" + failure + "); JDK classes may run unmodified");
        }
    }
}
