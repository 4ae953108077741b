package dev.aviary.meshagent.instrumentation.springcloudloadbalancer;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.aviary.meshagent.bootstrap.LaneRouting;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;
import org.springframework.cloud.client.ServiceInstance;

/**
 * {@code RoundRobinLoadBalancer} and {@code RandomLoadBalancer}: both choose in the private
 * {@code getInstanceResponse(List<ServiceInstance>)}, after every {@code ServiceInstanceListSupplier}
 * (discovery, caching, health checks, zone or hint filters) has had its say, so the advice narrows that
 * list on entry. A refused call makes the method throw {@code LaneRefusedException}: it travels as the
 * error of {@code choose}'s {@code Mono}, which {@code BlockingLoadBalancerClient} (RestTemplate,
 * RestClient) rethrows as it is and {@code ReactorLoadBalancerExchangeFilterFunction} (WebClient) passes on,
 * rather than the generic "no instances available" of an empty list.
 */
final class BalancerInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named(
                "org.springframework.cloud.loadbalancer.core.RoundRobinLoadBalancer",
                "org.springframework.cloud.loadbalancer.core.RandomLoadBalancer");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return namedOneOf(
                "org.springframework.cloud.loadbalancer.core.RoundRobinLoadBalancer",
                "org.springframework.cloud.loadbalancer.core.RandomLoadBalancer");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named("getInstanceResponse").and(takesArguments(1)).and(takesArgument(0, List.class)),
                getClass().getName() + "$ChooseAdvice");
    }

    static final class ChooseAdvice {

        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
        static RuntimeException enter(
                @Advice.FieldValue("serviceId") String serviceId,
                @Advice.Argument(value = 0, readOnly = false) List<ServiceInstance> instances) {
            if (instances == null) {
                return null;
            }
            String[] lanes = new String[instances.size()];
            for (int i = 0; i < lanes.length; i++) {
                Map<String, String> metadata = instances.get(i).getMetadata();
                lanes[i] = metadata == null ? null : metadata.get(LaneRouting.LANE_KEY);
            }
            int[] eligible;
            try {
                eligible = LaneRouting.eligible(serviceId, lanes);
            } catch (IllegalStateException refused) {
                return refused;
            }
            if (eligible.length != lanes.length) {
                List<ServiceInstance> narrowed = new ArrayList<ServiceInstance>(eligible.length);
                for (int index : eligible) {
                    narrowed.add(instances.get(index));
                }
                instances = narrowed;
            }
            return null;
        }

        @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
        static void exit(@Advice.Enter RuntimeException refused, @Advice.Thrown(readOnly = false) Throwable thrown) {
            if (refused != null) {
                thrown = refused;
            }
        }
    }
}
