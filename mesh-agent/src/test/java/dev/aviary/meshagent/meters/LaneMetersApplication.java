package dev.aviary.meshagent.meters;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.bootstrap.LaneRefusedException;
import dev.aviary.meshagent.bootstrap.LaneRouting;
import dev.aviary.meshagent.bootstrap.LaneRules;
import dev.aviary.meshagent.bootstrap.LaneScope;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.GenericServlet;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts requests and instance selections in several lanes, some before Micrometer's {@code Metrics} exists and
 * some after, then prints what a {@code SimpleMeterRegistry} added to {@code Metrics.globalRegistry} shows:
 * {@code meter <name> <lane> <outcome or -> <count>}. Requests enter through a servlet's {@code service} (the
 * servlet-jakarta module's entry, called directly, no container); selections go through
 * {@code LaneRouting.eligible}, as the nacos-client and LoadBalancer advice call it. Uses the API common to
 * micrometer-core 1.5 and 1.17.
 */
public final class LaneMetersApplication {

    /** The servlet the requests enter; the agent's servlet entry advice counts them. */
    public static final class CountedServlet extends GenericServlet {

        @Override
        public void service(ServletRequest request, ServletResponse response) {}
    }

    private static final CountedServlet SERVLET = new CountedServlet();

    public static void main(String[] args) throws Exception {
        LaneRules.replace(LaneRules.of(1, List.of(new LaneRules.Lane("strict-lane", true, List.of()))));
        enter("gray");
        enter(null);
        select("gray", "gray", null);

        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);

        enter("gray");
        enter("feature-x");
        enter("feature-x");
        select("feature-x", "gray", null);
        select(null, "gray", null);
        try {
            select("strict-lane", "gray", null);
            System.out.println("strict-lane was not refused");
        } catch (LaneRefusedException expected) {
            // counted as refused
        }

        for (Meter meter : registry.getMeters()) {
            if (meter.getId().getName().startsWith("aviary.lane.") && meter instanceof FunctionCounter) {
                String outcome = meter.getId().getTag("outcome");
                System.out.println(
                        "meter " + meter.getId().getName() + " " + meter.getId().getTag("lane") + " "
                                + (outcome == null ? "-" : outcome) + " " + (long) ((FunctionCounter) meter).count());
            }
        }
        System.out.println("meters application ran");
    }

    private static void enter(String label) throws Exception {
        Map<String, Object> attributes = new HashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                LaneMetersApplication.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getHeader" -> LaneContext.headerName().equalsIgnoreCase((String) arguments[0]) ? label : null;
                    case "getAttribute" -> attributes.get((String) arguments[0]);
                    case "setAttribute" -> attributes.put((String) arguments[0], arguments[1]);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    default -> null;
                });
        SERVLET.service(request, null);
    }

    private static void select(String lane, String... instanceLanes) {
        try (LaneScope scope = LaneContext.attach(lane)) {
            LaneRouting.eligible("orders", instanceLanes);
        }
    }
}
