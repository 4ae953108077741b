package dev.aviary.meshagent.core;

import dev.aviary.meshagent.bootstrap.AgentLog;
import java.io.IOException;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.TypeResolutionStrategy;
import net.bytebuddy.dynamic.VisibilityBridgeStrategy;
import net.bytebuddy.dynamic.scaffold.InstrumentedType;
import net.bytebuddy.dynamic.scaffold.MethodGraph;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.pool.TypePool;

/**
 * Inlines the advice of the matching {@link AdvisedType}s into a class as it loads (or is retransformed), with Byte
 * Buddy's {@code decorate} and {@code Advice} directly. Byte Buddy's {@code AgentBuilder} would do the same with its
 * {@code DECORATE} type strategy, but building one (and the transformer class it generates) costs about half a second
 * of start-up, and {@link LazyTransformer} already picks the classes worth parsing. Decorating rather than
 * redefining skips the method registry, which describes the class's methods and reads more of its hierarchy: the
 * same code comes out, from fewer of the library's class files (which the class cache then also checks fewer of).
 *
 * <p>The class format never changes (no new members, no added class initialiser), so a retransformation of a loaded
 * class is as safe as a first load. Fail-open: a module whose advice cannot apply is left out with one line in the
 * log; if the class cannot be written at all, it stays as it was.
 */
final class AdviceTransformer implements CandidateTransformer {

    private static final String[] OWN_PACKAGES = {
        "dev.aviary.meshagent.bootstrap.",
        "dev.aviary.meshagent.core.",
        "dev.aviary.meshagent.instrumentation.",
        "dev.aviary.meshagent.shaded."
    };

    /** As Byte Buddy's {@code AgentBuilder.disableClassFormatChanges()}, and only the declared methods are looked at. */
    private final ByteBuddy byteBuddy = new ByteBuddy()
            .with(TypeValidation.DISABLED)
            .with(MethodGraph.Compiler.ForDeclaredMethods.INSTANCE)
            .with(Implementation.Context.Disabled.Factory.INSTANCE)
            .with(InstrumentedType.Factory.Default.FROZEN)
            .with(VisibilityBridgeStrategy.Default.NEVER);

    private final List<AdvisedType> types; // by position, as the candidates; null where a module failed to set up
    private final ClassFileLocator agentClasses;
    private final Set<String> reported = Collections.newSetFromMap(new ConcurrentHashMap<String, Boolean>());

    AdviceTransformer(List<AdvisedType> types, ClassLoader agentLoader) {
        this.types = types;
        this.agentClasses = ClassFileLocator.ForClassLoader.of(agentLoader);
    }

    @Override
    public Transformation transform(
            ClassLoader loader,
            String internalName,
            ProtectionDomain protectionDomain,
            byte[] classFile,
            BitSet nominees) {
        String name = internalName.replace('/', '.');
        for (String own : OWN_PACKAGES) {
            if (name.startsWith(own)) {
                return Transformation.UNCHANGED_UNCACHEABLE;
            }
        }
        return new Attempt(loader, name, nominees).advise(protectionDomain, classFile);
    }

    /** One class's transformation: what it read, reported and applied on the way. */
    private final class Attempt {
        private final ClassLoader loader;
        private final String name;
        private final BitSet nominees;
        private final RecordingLocator libraryClasses;
        private final List<String> reports = new ArrayList<String>(0);
        private final List<String> helperModules = new ArrayList<String>(0);
        private boolean cacheable = true;

        Attempt(ClassLoader loader, String name, BitSet nominees) {
            this.loader = loader;
            this.name = name;
            this.nominees = nominees;
            // The bootstrap loader's classes are the JVM's own, which the class cache's fingerprint covers.
            this.libraryClasses = new RecordingLocator(ClassFileLocator.ForClassLoader.of(loader), loader != null);
        }

        Transformation advise(ProtectionDomain protectionDomain, byte[] classFile) {
            ClassFileLocator classLocator =
                    new ClassFileLocator.Compound(ClassFileLocator.Simple.of(name, classFile), libraryClasses);
            TypePool pool = poolOf(classLocator);
            List<AdvisedType> matched = new ArrayList<AdvisedType>(2);
            TypeDescription type;
            try {
                type = pool.describe(name).resolve();
                if (type.isSynthetic()) {
                    return outcome(null);
                }
                for (int i = nominees.nextSetBit(0); i >= 0 && i < types.size(); i = nominees.nextSetBit(i + 1)) {
                    AdvisedType candidate = types.get(i);
                    if (candidate != null && matches(candidate, type)) {
                        matched.add(candidate);
                    }
                }
            } catch (Throwable unreadable) {
                return outcome(null); // a class whose hierarchy cannot be read is not one the agent knows how to change
            }
            if (matched.isEmpty()) {
                return outcome(null);
            }
            ClassFileLocator adviceLocator = new ClassFileLocator.Compound(agentClasses, libraryClasses);
            TypePool advicePool = poolOf(adviceLocator);
            DynamicType.Builder<?> builder = byteBuddy.decorate(type, classLocator);
            StringBuilder applied = new StringBuilder();
            for (AdvisedType advised : matched) {
                try {
                    builder = advised.applyTo(builder, loader, protectionDomain, advicePool, adviceLocator);
                    applied.append(applied.length() == 0 ? "" : ", ").append(advised.moduleName);
                    if (advised.hasHelpers() && !helperModules.contains(advised.moduleName)) {
                        helperModules.add(advised.moduleName);
                    }
                } catch (Throwable failure) {
                    cacheable = false;
                    report(advised.moduleName, "failed on " + name + " (" + failure + "); it runs unmodified");
                }
            }
            if (applied.length() == 0) {
                return outcome(null);
            }
            try {
                return outcome(builder.make(TypeResolutionStrategy.Disabled.INSTANCE, pool)
                        .getBytes());
            } catch (Throwable failure) {
                cacheable = false;
                report(applied.toString(), "failed on " + name + " (" + failure + "); it runs unmodified");
                return outcome(null);
            }
        }

        private boolean matches(AdvisedType advised, TypeDescription type) {
            try {
                if (!advised.matches(type)) {
                    return false;
                }
                String missing = advised.firstMissingIn(loader, libraryClasses);
                if (missing != null) {
                    report(
                            advised.moduleName,
                            "not applied to " + name + ": class " + missing + " is missing; it runs unmodified");
                    return false;
                }
                return true;
            } catch (Throwable failure) {
                cacheable = false;
                report(advised.moduleName, "not applied to " + name + " (" + failure + "); it runs unmodified");
                return false;
            }
        }

        private Transformation outcome(byte[] changed) {
            return new Transformation(changed, helperModules, libraryClasses.read, reports, cacheable);
        }

        private void report(String moduleNames, String what) {
            String line = "instrumentation " + moduleNames + " " + what;
            reports.add(line);
            reportOnce(moduleNames + " " + name, line);
        }
    }

    /** Byte Buddy's view of a class loader's classes, noting each class it reads (for the class cache). */
    private static final class RecordingLocator implements ClassFileLocator {
        private final ClassFileLocator delegate;
        private final boolean recording;
        final Map<String, String> read = ClassCache.newDependencies();

        RecordingLocator(ClassFileLocator delegate, boolean recording) {
            this.delegate = delegate;
            this.recording = recording;
        }

        @Override
        public Resolution locate(String name) throws IOException {
            Resolution resolution = delegate.locate(name);
            // java.* can only come from the bootstrap loader, that is from the JVM
            if (recording && !name.startsWith("java.") && !read.containsKey(name)) {
                read.put(name, resolution.isResolved() ? ClassCache.digest(resolution.resolve()) : null);
            }
            return resolution;
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }
    }

    private static TypePool poolOf(ClassFileLocator locator) {
        return new TypePool.Default.WithLazyResolution(
                TypePool.CacheProvider.Simple.withObjectType(), locator, TypePool.Default.ReaderMode.FAST);
    }

    private void reportOnce(String key, String line) {
        if (reported.add(key)) {
            AgentLog.info(line);
        }
    }
}
