package dev.aviary.meshagent.core;

import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;

import dev.aviary.meshagent.bootstrap.AgentLog;
import dev.aviary.meshagent.bootstrap.AgentSettings;
import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.core.lanes.LaneRulesFeed;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Installs every enabled {@link InstrumentationModule} found in the agent's class loader. Called by the
 * bootstrap part through reflection; never throws: a module that cannot be set up is reported and left
 * out, the others still apply.
 */
public final class AgentInstaller {

    private AgentInstaller() {}

    /** Byte Buddy's own {@code net.bytebuddy.safe}, as the relocation renamed it. */
    private static final String BYTE_BUDDY_SAFE_MODE = "dev.aviary.meshagent.shaded.bytebuddy.safe";

    public static void install(Instrumentation instrumentation, AgentSettings settings) {
        // Inlining advice needs neither sun.misc.Unsafe nor deep reflection; without this, Java 24+ prints
        // a deprecation warning into the application's log when Byte Buddy probes for Unsafe.
        if (System.getProperty(BYTE_BUDDY_SAFE_MODE) == null) {
            System.setProperty(BYTE_BUDDY_SAFE_MODE, "true");
        }
        ClassLoader agentLoader = AgentInstaller.class.getClassLoader();
        Map<String, String> owners = ModuleTypeMatcher.newOwnerMap();
        Set<String> reported = Collections.newSetFromMap(new ConcurrentHashMap<String, Boolean>());
        AgentBuilder builder = new AgentBuilder.Default()
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                .with(new FailOpenListener(owners, reported))
                .ignore(nameStartsWith("dev.aviary.meshagent.bootstrap.")
                        .or(nameStartsWith("dev.aviary.meshagent.core."))
                        .or(nameStartsWith("dev.aviary.meshagent.instrumentation."))
                        .or(nameStartsWith("dev.aviary.meshagent.shaded."))
                        .or(isSynthetic()))
                // JDK classes live in named modules, which must read the bootstrap loader's unnamed module
                // that holds LaneContext before the inlined advice can use it.
                .assureReadEdgeTo(instrumentation, LaneContext.class);
        List<String> applied = new ArrayList<String>();
        for (InstrumentationModule module : modules(agentLoader)) {
            String name = module.name();
            if (!settings.instrumentationEnabled(name)) {
                AgentLog.info("instrumentation " + name + " disabled by aviary.agent.instrumentation." + name
                        + ".enabled=false");
                continue;
            }
            try {
                String unsupported = module.unsupportedReason();
                if (unsupported != null) {
                    AgentLog.info("instrumentation " + name + " skipped: " + unsupported);
                    continue;
                }
                RequiredClasses required = new RequiredClasses(module.requiredClasses());
                List<String> helpers = module.helperClasses();
                HelperInjector injector =
                        helpers.isEmpty() ? null : new HelperInjector(instrumentation, agentLoader, helpers);
                AgentBuilder withModule = builder;
                for (TypeInstrumentation type : module.typeInstrumentations()) {
                    AgentBuilder.Transformer.ForAdvice advice = adviceOf(type, agentLoader);
                    AgentBuilder.Identified.Narrowable matched = withModule.type(
                            new ModuleTypeMatcher(name, type.typeMatcher(), required, owners, reported));
                    withModule = injector == null
                            ? matched.transform(advice)
                            : matched.transform(injector).transform(advice);
                }
                builder = withModule;
                applied.add(name);
            } catch (Throwable failure) {
                AgentLog.info("instrumentation " + name + " not set up (" + failure
                        + "); what it instruments runs unmodified");
            }
        }
        builder.installOn(instrumentation);
        AgentLog.info("instrumentations: " + (applied.isEmpty() ? "(none)" : String.join(", ", applied)));
        try {
            LaneRulesFeed.start(settings);
        } catch (Throwable failure) {
            AgentLog.info("lane rules: not started (" + failure + "); every lane falls back to the baseline");
        }
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

    private static List<InstrumentationModule> modules(ClassLoader agentLoader) {
        List<InstrumentationModule> modules = new ArrayList<InstrumentationModule>();
        Iterator<InstrumentationModule> found =
                ServiceLoader.load(InstrumentationModule.class, agentLoader).iterator();
        for (int attempts = 0; attempts < 1000; attempts++) {
            try {
                if (!found.hasNext()) {
                    break;
                }
                modules.add(found.next());
            } catch (Throwable broken) {
                AgentLog.info("an instrumentation module was not loaded (" + broken + ")");
            }
        }
        Collections.sort(modules, new Comparator<InstrumentationModule>() {
            @Override
            public int compare(InstrumentationModule left, InstrumentationModule right) {
                return left.name().compareTo(right.name());
            }
        });
        return modules;
    }
}
