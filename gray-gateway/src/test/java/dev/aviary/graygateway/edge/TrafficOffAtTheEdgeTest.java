package dev.aviary.graygateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aviary.graygateway.traffic.ControlPlane;
import dev.aviary.graygateway.traffic.CurrentTraffic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;

/** The platform edge runs with aviary.gateway.traffic.enabled=false: no feed, no registry, no data plane filter. */
class TrafficOffAtTheEdgeTest extends RunningEdge {

    @Autowired
    private ApplicationContext context;

    @Test
    void noPartOfTheDataPlaneExists() {
        assertThat(context.getBeansOfType(CurrentTraffic.class)).isEmpty();
        assertThat(context.getBeansOfType(ControlPlane.class)).isEmpty();
        assertThat(context.getBeansOfType(GlobalFilter.class).values())
                .noneMatch(filter -> isDataPlane(filter.getClass()));
        assertThat(context.getBeansOfType(SmartLifecycle.class).values())
                .noneMatch(lifecycle -> isDataPlane(lifecycle.getClass()));
        assertThat(context.getBeanDefinitionNames()).noneMatch(name -> name.equals("serviceDirectories"));
    }

    private static boolean isDataPlane(Class<?> type) {
        String name = type.getPackageName();
        return name.startsWith("dev.aviary.graygateway.coloring")
                || name.startsWith("dev.aviary.graygateway.routing")
                || name.startsWith("dev.aviary.graygateway.feed")
                || name.startsWith("dev.aviary.graygateway.metrics");
    }
}
