package dev.aviary.meshagent.bootstrap;

/**
 * Whether every instrumentation is in place. The agent starts Byte Buddy on a thread of its own while the
 * application starts; until it is ready (and has retransformed the JDK classes loaded before it), a lane that
 * became current could be lost at an executor not yet instrumented. So attaching a lane waits for it: the entry
 * points are instrumented classes that already waited while they loaded, so only code that attaches a lane by
 * itself at the very start of a JVM (tests do) ever waits here. Ready from the start when no agent runs.
 */
public final class InstrumentationReadiness {

    private static final long MAX_WAIT_MILLIS = 20000;
    private static final Object LOCK = new Object();
    private static volatile boolean pending;

    private InstrumentationReadiness() {}

    /** Called by the agent before it starts Byte Buddy in the background. */
    public static void pending() {
        pending = true;
    }

    /** Called by the agent once every instrumentation is in place (or will never be). */
    public static void ready() {
        synchronized (LOCK) {
            pending = false;
            LOCK.notifyAll();
        }
    }

    public static boolean isReady() {
        return !pending;
    }

    /** Waits until ready, for at most 20 s (the lane then goes on without the missing instrumentation). */
    public static void await() {
        if (!pending) {
            return;
        }
        long deadline = System.currentTimeMillis() + MAX_WAIT_MILLIS;
        synchronized (LOCK) {
            long left;
            while (pending && (left = deadline - System.currentTimeMillis()) > 0) {
                try {
                    LOCK.wait(left);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
