package dev.aviary.meshagent.instrumentation.dubbo;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.returns;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.bootstrap.LaneRouting;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import java.util.Map;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * {@code ServiceConfig.buildAttributes(ProtocolConfig)}: the parameters of the URL a service is exported with
 * (3.0 to 3.3), which the registry publishes as the provider's metadata (interface-level registration) and
 * the service's metadata (application-level). This instance's lane and version join them unless the
 * application set {@code aviary.lane} or {@code aviary.version} itself (in any config the map is built from).
 * Chosen over {@code export()}: {@code export} refreshes the config from properties after it was called, and
 * its signature differs between 3.1 and 3.2; this map is exactly what becomes the URL.
 */
final class ServiceExportInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("org.apache.dubbo.config.ServiceConfig");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("org.apache.dubbo.config.ServiceConfig");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named("buildAttributes").and(takesArguments(1)).and(returns(Map.class)),
                getClass().getName() + "$BuildAttributesAdvice");
    }

    static final class BuildAttributesAdvice {

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.Return Map<String, String> parameters) {
            if (parameters == null) {
                return;
            }
            String lane = LaneContext.ownLane();
            if (lane != null && !parameters.containsKey(LaneRouting.LANE_KEY)) {
                parameters.put(LaneRouting.LANE_KEY, lane);
            }
            String version = LaneContext.ownVersion();
            if (version != null && !parameters.containsKey(LaneRouting.VERSION_KEY)) {
                parameters.put(LaneRouting.VERSION_KEY, version);
            }
        }
    }
}
