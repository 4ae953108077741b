package dev.aviary.meshagent.core;

import dev.aviary.meshagent.bootstrap.AgentLog;
import dev.aviary.meshagent.bootstrap.InstrumentationReadiness;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * The agent's one class-file transformer. It lets every class that no instrumentation could change pass
 * untouched, by name or by a glance at its constant pool ({@link CandidateIndex}), and hands the rest to
 * Byte Buddy: none of the thousands of other classes a JVM loads is ever parsed.
 *
 * <p>Byte Buddy itself (several hundred classes, over half a second of CPU) starts on a thread of its own while
 * the application starts on others. A candidate loaded before the agent is retransformed when it is ready; one
 * that loads before it is ready:
 * <ul>
 *   <li>from an application or library class loader, waits for it (the starting thread never needs such a
 *       class, so this cannot deadlock; the wait is bounded all the same), and is then transformed as usual;
 *   <li>from the bootstrap loader (the JDK's executors, {@code CompletableFuture}, ...), is not made to wait: the
 *       starting thread may need a JDK class whose loading lock that thread holds. It is remembered and
 *       retransformed as soon as Byte Buddy is ready.
 * </ul>
 * Attaching a lane ({@link InstrumentationReadiness}) waits until those JDK classes are retransformed too, so no
 * request runs in a lane through an executor that does not carry it yet.
 */
final class LazyTransformer implements ClassFileTransformer {

    /** How long a candidate of an application class loader waits for Byte Buddy before it is retransformed later. */
    private static final long MAX_WAIT_NANOS = TimeUnit.SECONDS.toNanos(20);

    /** Stands in for Byte Buddy when it could not start: every class stays as it is. */
    private static final CandidateTransformer NO_ENGINE = new CandidateTransformer() {
        @Override
        public byte[] transform(ClassLoader l, String n, ProtectionDomain d, byte[] b, BitSet nominees) {
            return null;
        }
    };

    private final ClassLoader agentLoader = LazyTransformer.class.getClassLoader();
    private final CandidateIndex candidates;
    private final Instrumentation instrumentation;
    private final Callable<CandidateTransformer> engineFactory;
    private final Object lock = new Object();
    private volatile CandidateTransformer engine; // written under lock
    private Thread starter; // guarded by lock
    private final List<Object[]> missed = new ArrayList<Object[]>(); // {loader, internal name}, guarded by lock

    LazyTransformer(
            CandidateIndex candidates, Instrumentation instrumentation, Callable<CandidateTransformer> engineFactory) {
        this.candidates = candidates;
        this.instrumentation = instrumentation;
        this.engineFactory = engineFactory;
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
            BitSet nominees = classBeingRedefined != null
                    ? candidates.nominees(classBeingRedefined)
                    : candidates.nominees(internalName, classFile);
            if (nominees == null) {
                return null;
            }
            CandidateTransformer ready = engine;
            if (ready == null) {
                ready = awaitOrRemember(loader, internalName, classBeingRedefined != null);
            }
            return ready == null ? null : ready.transform(loader, internalName, protectionDomain, classFile, nominees);
        } catch (Throwable failure) {
            return null; // fail-open: the class stays as it was
        }
    }

    /**
     * Starts Byte Buddy on a daemon thread; the application goes on starting meanwhile. The candidates loaded before
     * this transformer was added (the JDK's {@code Thread}, or everything on a late attach) are retransformed as soon
     * as it is ready, with the JDK's candidates loaded meanwhile. Call after adding this transformer.
     */
    void startInBackground() {
        InstrumentationReadiness.pending();
        Thread thread = new Thread(
                new Runnable() {
                    @Override
                    public void run() {
                        start();
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

    private CandidateTransformer awaitOrRemember(ClassLoader loader, String internalName, boolean redefining)
            throws InterruptedException {
        synchronized (lock) {
            if (engine == null && loader != null && Thread.currentThread() != starter) {
                long deadline = System.nanoTime() + MAX_WAIT_NANOS;
                long left;
                while (engine == null && (left = deadline - System.nanoTime()) > 0) {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                }
            }
            if (engine == null && !redefining) {
                missed.add(new Object[] {loader, internalName});
            }
            return engine;
        }
    }

    private void start() {
        long began = System.nanoTime();
        int retransformed = 0;
        try {
            List<Class<?>> loadedBefore = loadedCandidates(); // what loads from here on reaches transform()
            CandidateTransformer started;
            try {
                started = engineFactory.call();
            } catch (Throwable failure) {
                AgentLog.info("Byte Buddy did not start (" + failure + "); the application runs unmodified");
                started = NO_ENGINE;
            }
            List<Object[]> loadedMeanwhile;
            synchronized (lock) {
                engine = started; // from here on, classes that load are transformed as usual
                lock.notifyAll();
                loadedMeanwhile = new ArrayList<Object[]>(missed);
                missed.clear();
            }
            Set<Class<?>> toRetransform = new LinkedHashSet<Class<?>>(loadedBefore);
            for (Object[] missedClass : loadedMeanwhile) {
                String name = ((String) missedClass[1]).replace('/', '.');
                try {
                    toRetransform.add(Class.forName(name, false, (ClassLoader) missedClass[0]));
                } catch (Throwable gone) {
                    AgentLog.info("could not instrument " + name + " late (" + gone + "); it runs unmodified");
                }
            }
            for (Class<?> type : toRetransform) {
                retransformed += retransform(type);
            }
        } finally {
            // Only now may a lane be attached: a request must find the JDK's executors changed too.
            synchronized (lock) {
                if (engine == null) {
                    engine = NO_ENGINE;
                    lock.notifyAll();
                }
            }
            InstrumentationReadiness.ready();
        }
        AgentLog.info("Byte Buddy ready in " + (System.nanoTime() - began) / 1000000 + " ms (" + retransformed
                + " classes loaded before it retransformed)");
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

    private int retransform(Class<?> type) {
        try {
            if (instrumentation.isModifiableClass(type)) {
                instrumentation.retransformClasses(type);
                return 1;
            }
        } catch (Throwable failure) {
            AgentLog.info("could not instrument " + type.getName() + " late (" + failure + "); it runs unmodified");
        }
        return 0;
    }
}
