package dev.aviary.meshagent.bootstrap;

import java.lang.ref.WeakReference;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToDoubleFunction;

/**
 * Shows {@link LaneCounters} as Micrometer meters in an application's {@code Metrics.globalRegistry} (where
 * Spring Boot adds its registries by default, {@code management.metrics.use-global-registry=true}):
 * <ul>
 *   <li>{@value #REQUESTS} (function counter), tag {@code lane}: requests that entered this JVM;
 *   <li>{@value #SELECTIONS} (function counter), tags {@code lane} and {@code outcome}: instance selections
 *       made through nacos-client or Spring Cloud LoadBalancer: {@code routed} (the lane's own instances, or
 *       the baseline's for baseline work), {@code fallback} (the lane had none, the baseline's were used),
 *       {@code refused} (a strict or locked lane's call failed).
 * </ul>
 * Baseline work has {@code lane="baseline"} (Prometheus drops empty label values). The meters read the
 * agent's counters when they are published; a lane gets its meters when it is first counted.
 *
 * <p>Micrometer is the application's, in a class loader the agent cannot link against; this class reaches it by
 * reflection on its public API, once per lane (never while counting). Only the registry is kept, weakly, so an
 * undeployed web application's loader can go.
 */
public final class MicrometerLaneMeters implements LaneCounters.Listener {

    public static final String REQUESTS = "aviary.lane.requests";
    public static final String SELECTIONS = "aviary.lane.selections";

    private static final String[] OUTCOMES = {"routed", "fallback", "refused"};
    private static final LaneCounters.Kind[] OUTCOME_KINDS = {
        LaneCounters.Kind.OUT, LaneCounters.Kind.FALLBACK, LaneCounters.Kind.REFUSED
    };

    private final WeakReference<Object> registry;
    private volatile boolean broken;

    private MicrometerLaneMeters(Object registry) {
        this.registry = new WeakReference<Object>(registry);
    }

    /**
     * Called when {@code io.micrometer.core.instrument.Metrics} has initialized: registers the meters of every
     * lane counted so far in its global registry, and of every later one as it appears.
     */
    public static void bind(Class<?> metrics) {
        try {
            Object global = metrics.getField("globalRegistry").get(null);
            if (global != null) {
                LaneCounters.addListener(new MicrometerLaneMeters(global));
            }
        } catch (Throwable failure) {
            AgentLog.info("micrometer: lane meters not registered (" + failure + ")");
        }
    }

    @Override
    public void laneAppeared(String lane) {
        Object target = registry.get();
        if (target == null || broken) {
            return;
        }
        try {
            Meters meters = new Meters(target);
            meters.register(REQUESTS, "Requests that entered this JVM, by lane", lane, null, LaneCounters.Kind.IN);
            for (int i = 0; i < OUTCOMES.length; i++) {
                meters.register(
                        SELECTIONS,
                        "Instance selections for outgoing calls (nacos-client, Spring Cloud LoadBalancer), by lane"
                                + " and outcome",
                        lane,
                        OUTCOMES[i],
                        OUTCOME_KINDS[i]);
            }
        } catch (Throwable failure) {
            broken = true;
            AgentLog.info("micrometer: lane meters not registered (" + failure + "); no further attempts");
        }
    }

    /** Micrometer's function counter builder, looked up in the registry's class loader. */
    private static final class Meters {

        private final Object registry;
        private final Method builder;
        private final Method tags;
        private final Method description;
        private final Method register;

        Meters(Object registry) throws Exception {
            this.registry = registry;
            ClassLoader loader = registry.getClass().getClassLoader();
            Class<?> counter = Class.forName("io.micrometer.core.instrument.FunctionCounter", false, loader);
            Class<?> registryType = Class.forName("io.micrometer.core.instrument.MeterRegistry", false, loader);
            builder = counter.getMethod("builder", String.class, Object.class, ToDoubleFunction.class);
            Class<?> builderType = builder.getReturnType();
            tags = builderType.getMethod("tags", String[].class);
            description = builderType.getMethod("description", String.class);
            register = builderType.getMethod("register", registryType);
        }

        void register(String name, String text, String lane, String outcome, LaneCounters.Kind kind) throws Exception {
            LongAdder count = LaneCounters.counter(lane, kind);
            if (count == null) {
                return;
            }
            String[] tagValues =
                    outcome == null ? new String[] {"lane", lane} : new String[] {"lane", lane, "outcome", outcome};
            Object counting = builder.invoke(null, name, count, CountReader.INSTANCE);
            tags.invoke(counting, (Object) tagValues);
            description.invoke(counting, text);
            register.invoke(counting, registry);
        }
    }

    /** Reads a count when a registry publishes it; Micrometer holds the count weakly, the agent strongly. */
    static final class CountReader implements ToDoubleFunction<LongAdder> {

        static final CountReader INSTANCE = new CountReader();

        @Override
        public double applyAsDouble(LongAdder count) {
            return count.sum();
        }
    }
}
