package dev.aviary.meshagent.bootstrap;

/**
 * The lane of the work the current thread is doing: {@code null} is the baseline. Loaded by the bootstrap
 * class loader so that instrumented code in any class loader (JDK executors, servlet containers, HTTP
 * clients) shares this one thread-local.
 *
 * <p>A plain {@link ThreadLocal}, deliberately not an inheritable one: a thread created while a gray
 * request runs (a new pool worker, say) must not keep the lane for unrelated work it does later. Lanes
 * cross threads only where an instrumentation captured them at submission.
 */
public final class LaneContext {

    /** The request attribute that marks a servlet request the agent has already seen enter. */
    public static final String REQUEST_MARK = "dev.aviary.meshagent.entered";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<String>();

    /**
     * False until some thread of this JVM makes a lane current. Until then every thread is in the baseline and
     * {@link #current()} answers without touching its thread-local: a JVM no lane has reached (no gray release
     * since it started) pays one read of a shared, never-written field per check, not a thread-local lookup.
     * A thread that sets a lane sets this first, so it always sees its own lane.
     */
    private static volatile boolean laneSeen;

    private static volatile String ownLane;
    private static volatile String headerName = "x-aviary-lane";
    private static volatile String ownVersion;

    private LaneContext() {}

    /**
     * Called once at premain with this instance's lane (empty = baseline), version (empty = unknown) and
     * the label header's name.
     */
    public static void configure(String instanceLane, String instanceVersion, String labelHeader) {
        configure(instanceLane, labelHeader);
        ownVersion = instanceVersion == null || instanceVersion.trim().isEmpty() ? null : instanceVersion.trim();
    }

    /** {@link #configure(String, String, String)} without a version. */
    public static void configure(String instanceLane, String labelHeader) {
        ownLane = LaneNames.normalize(instanceLane);
        if (labelHeader != null && !labelHeader.trim().isEmpty()) {
            headerName = labelHeader.trim();
        }
    }

    /** The lane of the current thread's work, or {@code null} for the baseline. */
    public static String current() {
        return laneSeen ? CURRENT.get() : null;
    }

    /** The lane this instance runs in ({@code null} = baseline). */
    public static String ownLane() {
        return ownLane;
    }

    /** The version this instance runs ({@code null} = unknown). */
    public static String ownVersion() {
        return ownVersion;
    }

    /** The name of the header that carries the lane between services. */
    public static String headerName() {
        return headerName;
    }

    /**
     * Makes {@code lane} current until the returned scope is closed, which restores whatever was current
     * before ({@code null} lane = baseline).
     */
    public static LaneScope attach(String lane) {
        if (lane != null) {
            InstrumentationReadiness.await();
        }
        String previous = current();
        if (previous == null ? lane == null : previous.equals(lane)) {
            return LaneScope.UNCHANGED;
        }
        set(lane);
        return new LaneScope(previous);
    }

    /**
     * Attaches the lane of a request entering this JVM: the label it carries, or this instance's own lane
     * when it carries none (or an unusable one).
     */
    public static LaneScope attachInbound(String label) {
        String labelled = LaneNames.normalize(label);
        // An inbound lane beats a locally computed one: the gateway (or the caller) already decided which
        // lane this request belongs to; only unlabelled traffic that enters here takes our own lane.
        return attach(labelled != null ? labelled : ownLane);
    }

    /**
     * {@link #attachInbound(String)} for the outermost entry of a request into this JVM, which is also
     * counted (inner entries, such as a servlet behind filters, use {@code attachInbound}).
     */
    public static LaneScope enterRequest(String label) {
        LaneScope scope = attachInbound(label);
        LaneCounters.count(current(), LaneCounters.Kind.IN);
        return scope;
    }

    static void set(String lane) {
        if (lane == null) {
            CURRENT.remove();
        } else {
            if (!laneSeen) {
                laneSeen = true;
            }
            CURRENT.set(lane);
        }
    }
}
