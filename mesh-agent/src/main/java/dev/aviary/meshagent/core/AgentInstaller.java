package dev.aviary.meshagent.core;

import dev.aviary.meshagent.bootstrap.AgentClassLoader;
import dev.aviary.meshagent.bootstrap.AgentLog;
import dev.aviary.meshagent.bootstrap.AgentSettings;
import dev.aviary.meshagent.core.lanes.LaneRulesFeed;
import java.io.File;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Installs every enabled {@link InstrumentationModule} found in the agent's class loader. Called by the
 * bootstrap part through reflection; never throws: a module that cannot be set up is reported and left
 * out, the others still apply.
 *
 * <p>Byte Buddy is not touched here: {@link LazyTransformer} starts it on a thread of its own and hands it
 * only the classes an instrumentation may change.
 */
public final class AgentInstaller {

    /** The JVM's classes are the supertypes of many a changed class (and some are changed themselves). */
    private static final String[] JVM_IDENTITY = {
        "java.home", "java.vm.vendor", "java.vm.version", "java.runtime.version"
    };

    private AgentInstaller() {}

    /** One module that is switched on and supported on this JVM, with its type instrumentations. */
    static final class EnabledModule {
        final String name;
        final List<String> requiredClasses;
        final HelperInjector helpers; // null when the module has none
        final List<TypeInstrumentation> types;

        EnabledModule(
                String name, List<String> requiredClasses, HelperInjector helpers, List<TypeInstrumentation> types) {
            this.name = name;
            this.requiredClasses = requiredClasses;
            this.helpers = helpers;
            this.types = types;
        }
    }

    public static void install(Instrumentation instrumentation, AgentSettings settings) {
        ClassLoader agentLoader = AgentInstaller.class.getClassLoader();
        List<EnabledModule> enabled = new ArrayList<EnabledModule>();
        List<ClassCandidates> candidates = new ArrayList<ClassCandidates>();
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
                List<TypeInstrumentation> types = module.typeInstrumentations();
                List<ClassCandidates> moduleCandidates = new ArrayList<ClassCandidates>();
                for (TypeInstrumentation type : types) {
                    moduleCandidates.add(type.candidates());
                }
                List<String> helperClasses = module.helperClasses();
                HelperInjector helpers = helperClasses.isEmpty()
                        ? null
                        : new HelperInjector(instrumentation, agentLoader, helperClasses);
                enabled.add(new EnabledModule(name, module.requiredClasses(), helpers, types));
                candidates.addAll(moduleCandidates);
                applied.add(name);
            } catch (Throwable failure) {
                AgentLog.info("instrumentation " + name + " not set up (" + failure
                        + "); what it instruments runs unmodified");
            }
        }
        EarlyJdkClasses.initialise(!settings.controlPlaneUrl().isEmpty());
        if (!enabled.isEmpty()) {
            CandidateIndex index = new CandidateIndex(candidates);
            ClassCache cache = classCache(settings, agentLoader, applied);
            LazyTransformer transformer = new LazyTransformer(
                    index,
                    instrumentation,
                    new ByteBuddyEngine(instrumentation, enabled),
                    cache,
                    cache == null ? null : new OtherAgents(((AgentClassLoader) agentLoader).agentJar()),
                    helpersByModule(enabled));
            instrumentation.addTransformer(transformer, true);
            transformer.startInBackground();
        }
        AgentLog.info("instrumentations: " + (applied.isEmpty() ? "(none)" : String.join(", ", applied)));
        try {
            LaneRulesFeed.start(settings);
        } catch (Throwable failure) {
            AgentLog.info("lane rules: not started (" + failure + "); every lane falls back to the baseline");
        }
    }

    /** The class cache for this agent, these instrumentations and this JVM, or {@code null} when there is none. */
    private static ClassCache classCache(AgentSettings settings, ClassLoader agentLoader, List<String> modules) {
        if (!settings.classCacheEnabled() || !(agentLoader instanceof AgentClassLoader)) {
            return null;
        }
        String configured = settings.cacheDirectory();
        File base = configured.isEmpty() ? AgentClassLoader.privateDirectory() : new File(configured);
        if (base == null) {
            AgentLog.info("class cache: no private directory for it; every start transforms the classes anew");
            return null;
        }
        StringBuilder fingerprint = new StringBuilder(((AgentClassLoader) agentLoader).contentId());
        for (String property : JVM_IDENTITY) {
            fingerprint.append('|').append(System.getProperty(property));
        }
        fingerprint.append('|').append(modules);
        List<String> problems = new ArrayList<String>(1);
        ClassCache cache = ClassCache.open(base, fingerprint.toString(), problems);
        if (cache == null) {
            AgentLog.info("class cache: not used (" + problems + "); every start transforms the classes anew");
        }
        return cache;
    }

    private static Map<String, HelperInjector> helpersByModule(List<EnabledModule> modules) {
        Map<String, HelperInjector> helpers = new HashMap<String, HelperInjector>();
        for (EnabledModule module : modules) {
            if (module.helpers != null) {
                helpers.put(module.name, module.helpers);
            }
        }
        return helpers;
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
