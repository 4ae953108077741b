package dev.aviary.meshagent.instrumentation.nacos;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import com.alibaba.nacos.api.naming.NamingService;
import com.alibaba.nacos.api.naming.pojo.Instance;
import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.bootstrap.LaneRouting;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * {@code NacosNamingService}: every overload of {@code registerInstance}, {@code selectInstances} and
 * {@code selectOneHealthyInstance} ends in one method of each, which is where the advice sits.
 * {@code getAllInstances} is left alone: it is the unfiltered view (health checks, consoles), not a
 * choice of where to send a call.
 */
final class NacosNamingServiceInstrumentation implements TypeInstrumentation {

    // By name: the agent's own class loader has no nacos classes.
    private static final String INSTANCE = "com.alibaba.nacos.api.naming.pojo.Instance";

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("com.alibaba.nacos.client.naming.NacosNamingService");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("com.alibaba.nacos.client.naming.NacosNamingService");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        String advice = getClass().getName();
        transformer.applyAdvice(
                named("registerInstance").and(takesArguments(3)).and(takesArgument(2, named(INSTANCE))),
                advice + "$RegisterAdvice");
        transformer.applyAdvice(
                named("batchRegisterInstance").and(takesArguments(3)).and(takesArgument(2, List.class)),
                advice + "$BatchRegisterAdvice");
        transformer.applyAdvice(
                named("selectInstances")
                        .and(takesArguments(5))
                        .and(takesArgument(2, List.class))
                        .and(takesArgument(3, boolean.class)),
                advice + "$SelectInstancesAdvice");
        transformer.applyAdvice(
                named("selectOneHealthyInstance").and(takesArguments(4)).and(takesArgument(2, List.class)),
                advice + "$SelectOneAdvice");
    }

    /** This instance's lane and version join the metadata, unless the application set them itself. */
    static final class RegisterAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(2) Instance instance) {
            String lane = LaneContext.ownLane();
            if (lane != null && !instance.containsMetadata(LaneRouting.LANE_KEY)) {
                instance.addMetadata(LaneRouting.LANE_KEY, lane);
            }
            String version = LaneContext.ownVersion();
            if (version != null && !instance.containsMetadata(LaneRouting.VERSION_KEY)) {
                instance.addMetadata(LaneRouting.VERSION_KEY, version);
            }
        }
    }

    static final class BatchRegisterAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(2) List<Instance> instances) {
            String lane = LaneContext.ownLane();
            String version = LaneContext.ownVersion();
            for (Instance instance : instances) {
                if (lane != null && !instance.containsMetadata(LaneRouting.LANE_KEY)) {
                    instance.addMetadata(LaneRouting.LANE_KEY, lane);
                }
                if (version != null && !instance.containsMetadata(LaneRouting.VERSION_KEY)) {
                    instance.addMetadata(LaneRouting.VERSION_KEY, version);
                }
            }
        }
    }

    /**
     * The healthy instances asked for are narrowed to those the current lane may use; a refused call
     * throws instead of returning. Requests for unhealthy instances ({@code healthy=false}) are not calls.
     */
    static final class SelectInstancesAdvice {

        @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
        static void exit(
                @Advice.Argument(0) String serviceName,
                @Advice.Argument(3) boolean healthy,
                @Advice.Return(readOnly = false) List<Instance> instances,
                @Advice.Thrown(readOnly = false) Throwable thrown) {
            if (thrown != null || !healthy || instances == null) {
                return;
            }
            try {
                String[] lanes = new String[instances.size()];
                for (int i = 0; i < lanes.length; i++) {
                    java.util.Map<String, String> metadata = instances.get(i).getMetadata();
                    lanes[i] = metadata == null ? null : metadata.get(LaneRouting.LANE_KEY);
                }
                String service =
                        serviceName.contains("@@") ? serviceName.substring(serviceName.indexOf("@@") + 2) : serviceName;
                int[] eligible = LaneRouting.eligible(service, lanes);
                if (eligible.length != lanes.length) {
                    List<Instance> narrowed = new ArrayList<Instance>(eligible.length);
                    for (int index : eligible) {
                        narrowed.add(instances.get(index));
                    }
                    instances = narrowed;
                }
            } catch (IllegalStateException refused) {
                thrown = refused;
            }
        }
    }

    /**
     * Chooses among the instances {@code selectInstances} allows (by weight, as Nacos does) and skips
     * Nacos's own choice, which would pick from every lane. If anything here fails unexpectedly, the
     * original method runs.
     */
    static final class SelectOneAdvice {

        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
        static Object enter(
                @Advice.This NamingService naming,
                @Advice.Argument(0) String serviceName,
                @Advice.Argument(1) String groupName,
                @Advice.Argument(2) List<String> clusters,
                @Advice.Argument(3) boolean subscribe) {
            List<Instance> eligible;
            try {
                eligible = naming.selectInstances(serviceName, groupName, clusters, true, subscribe);
            } catch (IllegalStateException refused) {
                return refused;
            } catch (Exception failed) {
                return null;
            }
            if (eligible.isEmpty()) {
                String lane = LaneContext.current();
                return new IllegalStateException("no healthy instance of '" + serviceName + "' in "
                        + (lane == null ? "the baseline" : "lane '" + lane + "' nor the baseline")
                        + " (aviary mesh-agent)");
            }
            double total = 0;
            for (Instance instance : eligible) {
                total += Math.max(0, instance.getWeight());
            }
            if (total <= 0) {
                return eligible.get(ThreadLocalRandom.current().nextInt(eligible.size()));
            }
            double point = ThreadLocalRandom.current().nextDouble(total);
            for (Instance instance : eligible) {
                point -= Math.max(0, instance.getWeight());
                if (point < 0) {
                    return instance;
                }
            }
            return eligible.get(eligible.size() - 1);
        }

        @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
        static void exit(
                @Advice.Enter Object chosen,
                @Advice.Return(readOnly = false) Instance instance,
                @Advice.Thrown(readOnly = false) Throwable thrown) {
            if (chosen instanceof Instance) {
                instance = (Instance) chosen;
                thrown = null;
            } else if (chosen instanceof Throwable) {
                thrown = (Throwable) chosen;
            }
        }
    }
}
