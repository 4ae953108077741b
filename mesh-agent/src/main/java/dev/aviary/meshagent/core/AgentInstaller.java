package dev.aviary.meshagent.core;

import dev.aviary.meshagent.bootstrap.AgentLog;
import dev.aviary.meshagent.bootstrap.AgentSettings;
import dev.aviary.meshagent.core.lanes.LaneRulesFeed;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
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

    private AgentInstaller() {}

    /** One module that is switched on and supported on this JVM, with its type instrumentations. */
    static final class EnabledModule {
        final String name;
        final List<String> requiredClasses;
        final List<String> helperClasses;
        final List<TypeInstrumentation> types;

        EnabledModule(
                String name,
                List<String> requiredClasses,
                List<String> helperClasses,
                List<TypeInstrumentation> types) {
            this.name = name;
            this.requiredClasses = requiredClasses;
            this.helperClasses = helperClasses;
            this.types = types;
        }
    }

    public static void install(Instrumentation instrumentation, AgentSettings settings) {
        List<EnabledModule> enabled = new ArrayList<EnabledModule>();
        List<ClassCandidates> candidates = new ArrayList<ClassCandidates>();
        List<String> applied = new ArrayList<String>();
        for (InstrumentationModule module : modules(AgentInstaller.class.getClassLoader())) {
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
                enabled.add(new EnabledModule(name, module.requiredClasses(), module.helperClasses(), types));
                candidates.addAll(moduleCandidates);
                applied.add(name);
            } catch (Throwable failure) {
                AgentLog.info("instrumentation " + name + " not set up (" + failure
                        + "); what it instruments runs unmodified");
            }
        }
        if (!enabled.isEmpty()) {
            CandidateIndex index = new CandidateIndex(candidates);
            LazyTransformer transformer =
                    new LazyTransformer(index, instrumentation, new ByteBuddyEngine(instrumentation, enabled));
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
