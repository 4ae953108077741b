package dev.aviary.meshagent.instrumentation.springcloudloadbalancer;

import dev.aviary.meshagent.core.InstrumentationModule;
import dev.aviary.meshagent.core.TypeInstrumentation;
import java.util.Collections;
import java.util.List;

/**
 * Spring Cloud LoadBalancer's built-in balancers (spring-cloud-loadbalancer 4.x, 5.x): only instances of the
 * current work's lane are chosen, as with nacos-client ({@code LaneRouting}). The lane is the caller's even
 * though the instance list usually arrives on a {@code boundedElastic} thread: the reactor module carries it
 * there.
 */
public final class SpringCloudLoadBalancerInstrumentationModule extends InstrumentationModule {

    public SpringCloudLoadBalancerInstrumentationModule() {
        super("spring-cloud-loadbalancer");
    }

    @Override
    public List<String> requiredClasses() {
        return Collections.singletonList("org.springframework.cloud.client.ServiceInstance");
    }

    @Override
    public List<TypeInstrumentation> typeInstrumentations() {
        return Collections.<TypeInstrumentation>singletonList(new BalancerInstrumentation());
    }
}
