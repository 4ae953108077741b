package dev.aviary.meshagent.core;

import dev.aviary.meshagent.bootstrap.AgentLog;
import dev.aviary.meshagent.bootstrap.InstrumentationReadiness;
import java.io.InputStream;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The agent's one class-file transformer. It lets every class that no instrumentation could change pass
 * untouched, by name or by a glance at its constant pool ({@link CandidateIndex}); a candidate that was changed on
 * an earlier start comes from the {@link ClassCache} as it was then; the rest go to Byte Buddy. None of the
 * thousands of other classes a JVM loads is ever parsed.
 *
 * <p>Byte Buddy itself (several hundred classes, over half a second of CPU) starts on a thread of its own while
 * the application starts on others: at once when the class cache is empty (or off), else only when a class needs
 * it, which on a start like the previous one is never. A candidate loaded before the agent is retransformed when
 * it is ready; one that needs Byte Buddy before it is ready:
 * <ul>
 *   <li>from an application or library class loader, waits for it (the starting thread never needs such a
 *       class, so this cannot deadlock; the wait is bounded all the same), and is then transformed as usual;
 *   <li>from the bootstrap loader (the JDK's executors, {@code CompletableFuture}, ...), is not made to wait: the
 *       starting thread may need a JDK class whose loading lock that thread holds. It is remembered and
 *       retransformed as soon as Byte Buddy is ready.
 * </ul>
 * Attaching a lane ({@link InstrumentationReadiness}) waits until the JDK classes loaded so far are changed, so no
 * request runs in a lane through an executor that does not carry it yet.
 */
final class LazyTransformer implements ClassFileTransformer {

    /** How long a candidate of an application class loader waits for Byte Buddy before it is retransformed later. */
    private static final long MAX_WAIT_NANOS = TimeUnit.SECONDS.toNanos(20);

    /** Stands in for Byte Buddy when it could not start: every class stays as it is. */
    private static final CandidateTransformer NO_ENGINE = new CandidateTransformer() {
        @Override
        public Transformation transform(ClassLoader l, String n, ProtectionDomain d, byte[] b, BitSet nominees) {
            return Transformation.UNCHANGED_UNCACHEABLE;
        }
    };

    private final ClassLoader agentLoader = LazyTransformer.class.getClassLoader();
    private final CandidateIndex candidates;
    private final Instrumentation instrumentation;
    private final Callable<CandidateTransformer> engineFactory;
    private final ClassCache cache; // null: off
    private final Map<String, HelperInjector> helpersByModule;
    private final OtherAgents otherAgents; // null when there is no cache
    private final Set<String> reportedFromCache = Collections.newSetFromMap(new ConcurrentHashMap<String, Boolean>());
    private final AtomicInteger servedFromCache = new AtomicInteger();
    private final Object lock = new Object();
    private volatile CandidateTransformer engine; // written under lock
    private boolean engineWanted; // guarded by lock
    private Thread starter; // guarded by lock
    private final List<Object[]> missed = new ArrayList<Object[]>(); // {loader, internal name}, guarded by lock
    /** The cache keys of the classes this agent is about to retransform (see {@link #retransform}). */
    private final Map<Class<?>, CacheKey> retransformationKeys = new ConcurrentHashMap<Class<?>, CacheKey>();

    /** A class's entry in the class cache. */
    private static final class CacheKey {
        final String name;
        final BitSet nominees;

        CacheKey(String name, BitSet nominees) {
            this.name = name;
            this.nominees = nominees;
        }
    }

    LazyTransformer(
            CandidateIndex candidates,
            Instrumentation instrumentation,
            Callable<CandidateTransformer> engineFactory,
            ClassCache cache,
            OtherAgents otherAgents,
            Map<String, HelperInjector> helpersByModule) {
        this.candidates = candidates;
        this.instrumentation = instrumentation;
        this.engineFactory = engineFactory;
        this.cache = cache;
        this.otherAgents = otherAgents;
        this.helpersByModule = helpersByModule;
    }

    @Override
    public byte[] transform(
            ClassLoader loader,
            String internalName,
            Class<?> classBeingRedefined,
            ProtectionDomain protectionDomain,
            byte[] classFile) {
        if (internalName == null) {
            return null;
        }
        if (loader == agentLoader) {
            return null; // the agent's own classes (and Byte Buddy's) are never changed
        }
        try {
            CacheKey prepared = classBeingRedefined == null ? null : retransformationKeys.get(classBeingRedefined);
            BitSet nominees = prepared != null
                    ? prepared.nominees
                    : classBeingRedefined != null
                            ? candidates.nominees(classBeingRedefined)
                            : candidates.nominees(internalName, classFile);
            if (nominees == null) {
                return null;
            }
            CacheKey key = cache == null
                    ? null
                    : classBeingRedefined == null
                            ? new CacheKey(ClassCache.keyOf(internalName, nominees, classFile), nominees)
                            : prepared;
            if (key != null) {
                ClassCache.Entry kept = cache.lookup(key.name, internalName, key.nominees, loader);
                if (kept != null && helpersDefined(kept.helperModules, loader, protectionDomain)) {
                    servedFromCache.incrementAndGet();
                    for (String report : kept.reports) {
                        if (reportedFromCache.add(report)) {
                            AgentLog.info(report);
                        }
                    }
                    return kept.classFile;
                }
            }
            CandidateTransformer ready = engine;
            if (ready == null) {
                ready = awaitOrRemember(loader, internalName);
                if (ready == null) {
                    return null;
                }
            }
            Transformation outcome = ready.transform(loader, internalName, protectionDomain, classFile, nominees);
            if (key != null && outcome.cacheable) {
                cache.store(key.name, internalName, key.nominees, outcome);
            }
            return outcome.classFile;
        } catch (Throwable failure) {
            return null; // fail-open: the class stays as it was
        }
    }

    /** Defines the helpers a kept class uses in its loader; {@code false} when that cannot be done. */
    private boolean helpersDefined(List<String> modules, ClassLoader loader, ProtectionDomain protectionDomain) {
        for (String module : modules) {
            HelperInjector helpers = helpersByModule.get(module);
            if (helpers == null || loader == null) {
                return false;
            }
            try {
                helpers.injectInto(loader, protectionDomain);
            } catch (RuntimeException notDefined) {
                return false; // Byte Buddy's way reports it
            }
        }
        return true;
    }

    /**
     * Starts the thread that retransforms the candidates loaded before this transformer was added (the JDK's
     * {@code Thread}, or everything on a late attach) and starts Byte Buddy, at once or when a class first needs it.
     * Call after adding this transformer.
     */
    void startInBackground() {
        InstrumentationReadiness.pending();
        Thread thread = new Thread(
                new Runnable() {
                    @Override
                    public void run() {
                        try {
                            start();
                        } catch (Throwable failure) {
                            AgentLog.info("stopped starting (" + failure + "); classes not yet changed run unmodified");
                            synchronized (lock) {
                                if (engine == null) {
                                    engine = NO_ENGINE; // nothing is left to wait for
                                    lock.notifyAll();
                                }
                            }
                        }
                    }
                },
                "aviary-agent-start");
        thread.setDaemon(true);
        synchronized (lock) {
            if (starter != null) {
                return;
            }
            starter = thread;
        }
        try {
            thread.start();
        } catch (Throwable failure) {
            InstrumentationReadiness.ready(); // nothing will start: attaching a lane must not wait for it
            throw failure;
        }
    }

    /** Byte Buddy is needed: wakes the starting thread and, for an application class, waits for it. */
    private CandidateTransformer awaitOrRemember(ClassLoader loader, String internalName) throws InterruptedException {
        synchronized (lock) {
            if (engine == null) {
                engineWanted = true;
                lock.notifyAll();
            }
            if (engine == null && loader != null && Thread.currentThread() != starter) {
                long deadline = System.nanoTime() + MAX_WAIT_NANOS;
                long left;
                while (engine == null && (left = deadline - System.nanoTime()) > 0) {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                }
            }
            if (engine == null) {
                missed.add(new Object[] {loader, internalName});
            }
            return engine;
        }
    }

    private void start() {
        long began = System.nanoTime();
        int retransformed = 0;
        boolean eager = cache == null || cache.isEmpty();
        try {
            List<Class<?>> loadedBefore = loadedCandidates(); // what loads from here on reaches transform()
            Set<Class<?>> toRetransform = new LinkedHashSet<Class<?>>(loadedBefore);
            if (eager) {
                toRetransform.addAll(startEngine());
            }
            retransformed += retransform(toRetransform); // Byte Buddy not started: from the cache, or remembered
            if (!eager && engineNeeded()) {
                retransformed += retransform(startEngine());
            }
        } finally {
            // Only now may a lane be attached: a request must find the JDK's executors changed too.
            InstrumentationReadiness.ready();
        }
        AgentLog.info((engine != null ? "Byte Buddy ready in " : "ready in ")
                + (System.nanoTime() - began) / 1000000 + " ms (" + retransformed
                + " classes loaded before it retransformed" + cacheSummary() + ")");
        if (engine == null) {
            awaitNeedThenStartEngine();
        }
    }

    private String cacheSummary() {
        if (cache == null) {
            return "";
        }
        return ", " + servedFromCache.get() + " from the class cache in " + cache.directory()
                + (engine == null ? "; Byte Buddy starts when a class needs it" : "");
    }

    private boolean engineNeeded() {
        synchronized (lock) {
            return engineWanted || !missed.isEmpty();
        }
    }

    /** Waits (a parked daemon thread) until a class needs Byte Buddy, then starts it. */
    private void awaitNeedThenStartEngine() {
        try {
            synchronized (lock) {
                while (!engineWanted && missed.isEmpty()) {
                    lock.wait();
                }
            }
        } catch (InterruptedException stopped) {
            return;
        }
        long began = System.nanoTime();
        int retransformed = retransform(startEngine());
        AgentLog.info("Byte Buddy ready in " + (System.nanoTime() - began) / 1000000 + " ms (" + retransformed
                + " classes retransformed that loaded before it)");
    }

    /** Starts Byte Buddy and hands it out; returns the classes that needed it meanwhile, to retransform. */
    private Set<Class<?>> startEngine() {
        CandidateTransformer started;
        try {
            started = engineFactory.call();
        } catch (Throwable failure) {
            AgentLog.info("Byte Buddy did not start (" + failure + "); classes it would change run unmodified");
            started = NO_ENGINE;
        }
        List<Object[]> loadedMeanwhile;
        synchronized (lock) {
            engine = started; // from here on, classes that load are transformed as usual
            lock.notifyAll();
            loadedMeanwhile = new ArrayList<Object[]>(missed);
            missed.clear();
        }
        Set<Class<?>> toRetransform = new LinkedHashSet<Class<?>>();
        for (Object[] missedClass : loadedMeanwhile) {
            String name = ((String) missedClass[1]).replace('/', '.');
            try {
                toRetransform.add(Class.forName(name, false, (ClassLoader) missedClass[0]));
            } catch (Throwable gone) {
                AgentLog.info("could not instrument " + name + " late (" + gone + "); it runs unmodified");
            }
        }
        return toRetransform;
    }

    /** The candidates among the classes loaded so far. */
    private List<Class<?>> loadedCandidates() {
        List<Class<?>> loaded = new ArrayList<Class<?>>();
        for (Class<?> type : instrumentation.getAllLoadedClasses()) {
            try {
                if (instrumentation.isModifiableClass(type) && candidates.isCandidate(type)) {
                    loaded.add(type);
                }
            } catch (Throwable unreadable) {
                // a class whose hierarchy cannot be read is left alone
            }
        }
        return loaded;
    }

    private int retransform(Set<Class<?>> types) {
        int retransformed = 0;
        for (Class<?> type : types) {
            try {
                if (instrumentation.isModifiableClass(type)) {
                    prepareCacheKey(type);
                    instrumentation.retransformClasses(type);
                    retransformed++;
                }
            } catch (Throwable failure) {
                AgentLog.info("could not instrument " + type.getName() + " late (" + failure + "); it runs unmodified");
            } finally {
                retransformationKeys.remove(type);
            }
        }
        return retransformed;
    }

    /**
     * A retransformation hands the transformer the class as the JVM rebuilt it from its own structures (another
     * constant pool order, not even the same from one start to the next), not the class file it loaded from, which is
     * what the next start sees: the cache entry goes by that class file, read here, before the retransformation (a
     * class loaded during a transformation would never be shown to a transformer), and so do the instrumentations
     * the class is a candidate for (by the methods it declares, as when it loads, rather than by its supertypes
     * alone). No entry when it cannot be read, when it is no candidate by it, or when another agent runs in this JVM:
     * its changes may be in what the retransformation hands over, and an entry by the class file would then drop them
     * (or, kept, bring them into a start without that agent).
     */
    private void prepareCacheKey(Class<?> type) {
        if (cache == null || otherAgents.present()) {
            return;
        }
        try {
            String internalName = type.getName().replace('.', '/');
            ClassLoader loader = type.getClassLoader();
            InputStream in = loader == null
                    ? ClassLoader.getSystemResourceAsStream(internalName + ".class")
                    : loader.getResourceAsStream(internalName + ".class");
            if (in == null) {
                return;
            }
            byte[] classFile;
            try {
                classFile = ClassCache.readAll(in);
            } finally {
                in.close();
            }
            BitSet nominees = candidates.nominees(internalName, classFile);
            if (nominees != null) {
                retransformationKeys.put(
                        type, new CacheKey(ClassCache.keyOf(internalName, nominees, classFile), nominees));
            }
        } catch (Throwable unreadable) {
            // retransformed all the same, not kept
        }
    }
}
