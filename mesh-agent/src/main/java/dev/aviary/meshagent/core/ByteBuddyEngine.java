package dev.aviary.meshagent.core;

import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;

import dev.aviary.meshagent.bootstrap.AgentLog;
import dev.aviary.meshagent.bootstrap.LaneContext;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.dynamic.loading.ClassInjector;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.utility.JavaModule;

/**
 * Byte Buddy's part: one transformer for the enabled modules' advice. Only loaded (with Byte Buddy's several
 * hundred classes) when {@link LazyTransformer} meets the first class an instrumentation may change.
 */
final class ByteBuddyEngine implements Callable<ClassFileTransformer> {

    /** Byte Buddy's own {@code net.bytebuddy.safe}, as the relocation renamed it. */
    private static final String BYTE_BUDDY_SAFE_MODE = "dev.aviary.meshagent.shaded.bytebuddy.safe";

    private final Instrumentation instrumentation;
    private final List<AgentInstaller.EnabledModule> modules;

    ByteBuddyEngine(Instrumentation instrumentation, List<AgentInstaller.EnabledModule> modules) {
        this.instrumentation = instrumentation;
        this.modules = modules;
    }

    @Override
    public ClassFileTransformer call() {
        // Inlining advice needs neither sun.misc.Unsafe nor deep reflection; without this, Java 24+ prints
        // a deprecation warning into the application's log when Byte Buddy probes for Unsafe.
        if (System.getProperty(BYTE_BUDDY_SAFE_MODE) == null) {
            System.setProperty(BYTE_BUDDY_SAFE_MODE, "true");
        }
        letNamedModulesRead(LaneContext.class);
        ClassLoader agentLoader = ByteBuddyEngine.class.getClassLoader();
        Map<String, String> owners = new ConcurrentHashMap<String, String>();
        Set<String> reported = Collections.newSetFromMap(new ConcurrentHashMap<String, Boolean>());
        AgentBuilder builder = new AgentBuilder.Default()
                .disableClassFormatChanges()
                .with(new FailOpenListener(owners, reported))
                .ignore(nameStartsWith("dev.aviary.meshagent.bootstrap.")
                        .or(nameStartsWith("dev.aviary.meshagent.core."))
                        .or(nameStartsWith("dev.aviary.meshagent.instrumentation."))
                        .or(nameStartsWith("dev.aviary.meshagent.shaded."))
                        .or(isSynthetic()));
        for (AgentInstaller.EnabledModule module : modules) {
            try {
                RequiredClasses required = new RequiredClasses(module.requiredClasses);
                HelperInjector injector = module.helperClasses.isEmpty()
                        ? null
                        : new HelperInjector(instrumentation, agentLoader, module.helperClasses);
                AgentBuilder withModule = builder;
                for (TypeInstrumentation type : module.types) {
                    AgentBuilder.Identified.Narrowable matched = withModule.type(
                            new ModuleTypeMatcher(module.name, type.typeMatcher(), required, owners, reported));
                    AgentBuilder.Transformer.ForAdvice advice = adviceOf(type, agentLoader);
                    withModule = injector == null
                            ? matched.transform(advice)
                            : matched.transform(injector).transform(advice);
                }
                builder = withModule;
            } catch (Throwable failure) {
                AgentLog.info("instrumentation " + module.name + " not set up (" + failure
                        + "); what it instruments runs unmodified");
            }
        }
        return builder.makeRaw();
    }

    /**
     * The inlined advice calls {@link LaneContext}, which lives in the bootstrap loader's unnamed module; a class
     * of a named module (the JDK's executors, its HTTP clients) can only do that once its module reads it. The
     * transformer does not learn a class's module on every JVM, so the boot layer's modules that may hold an
     * instrumented class get the edge up front (nothing on Java 8, where there are no modules).
     */
    private void letNamedModulesRead(Class<?> target) {
        if (!JavaModule.isSupported()) {
            return;
        }
        try {
            Class<?> layerType = Class.forName("java.lang.ModuleLayer");
            Object bootLayer = layerType.getMethod("boot").invoke(null);
            Method modulesOf = layerType.getMethod("modules");
            JavaModule targetModule = JavaModule.ofType(target);
            for (Object raw : (Set<?>) modulesOf.invoke(bootLayer)) {
                JavaModule module = JavaModule.of(raw);
                if (needsLanes(module.getActualName()) && !module.canRead(targetModule)) {
                    ClassInjector.UsingInstrumentation.redefineModule(
                            instrumentation,
                            module,
                            Collections.singleton(targetModule),
                            Collections.<String, Set<JavaModule>>emptyMap(),
                            Collections.<String, Set<JavaModule>>emptyMap(),
                            Collections.<Class<?>>emptySet(),
                            Collections.<Class<?>, List<Class<?>>>emptyMap());
                }
            }
        } catch (Throwable failure) {
            AgentLog.info("named modules may not see the lane (" + failure + "); JDK classes may run unmodified");
        }
    }

    /**
     * The JDK modules whose classes the agent changes, and every module that is not the JDK's (an application on the
     * module path). The other JDK modules are left alone: each edge costs a module redefinition (together ~150 ms).
     */
    private static boolean needsLanes(String moduleName) {
        return moduleName.equals("java.base")
                || moduleName.equals("java.net.http")
                || !(moduleName.startsWith("java.") || moduleName.startsWith("jdk."));
    }

    private static AgentBuilder.Transformer.ForAdvice adviceOf(TypeInstrumentation type, ClassLoader agentLoader) {
        final AgentBuilder.Transformer.ForAdvice[] advice = {
            new AgentBuilder.Transformer.ForAdvice().include(agentLoader)
        };
        type.transform(new TypeTransformer() {
            @Override
            public void applyAdvice(ElementMatcher<? super MethodDescription> methods, String adviceClassName) {
                advice[0] = advice[0].advice(methods, adviceClassName);
            }
        });
        return advice[0];
    }
}
