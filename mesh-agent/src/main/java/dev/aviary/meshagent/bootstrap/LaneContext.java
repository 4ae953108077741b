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

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<String>();

    private static volatile String ownLane;
    private static volatile String headerName = "x-aviary-lane";

    private LaneContext() {}

    /** Called once at premain with this instance's lane (empty = baseline) and the label header's name. */
    public static void configure(String instanceLane, String labelHeader) {
        ownLane = LaneNames.normalize(instanceLane);
        if (labelHeader != null && !labelHeader.trim().isEmpty()) {
            headerName = labelHeader.trim();
        }
    }

    /** The lane of the current thread's work, or {@code null} for the baseline. */
    public static String current() {
        return CURRENT.get();
    }

    /** The lane this instance runs in ({@code null} = baseline). */
    public static String ownLane() {
        return ownLane;
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
        String previous = CURRENT.get();
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
        String lane = LaneNames.normalize(label);
        // An inbound lane beats a locally computed one: the gateway (or the caller) already decided which
        // lane this request belongs to; only unlabelled traffic that enters here takes our own lane.
        return attach(lane != null ? lane : ownLane);
    }

    static void set(String lane) {
        if (lane == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(lane);
        }
    }
}
