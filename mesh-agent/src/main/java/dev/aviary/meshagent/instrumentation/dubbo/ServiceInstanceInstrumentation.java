package dev.aviary.meshagent.instrumentation.dubbo;

import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.bootstrap.LaneRouting;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import java.util.Map;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;
import org.apache.dubbo.registry.client.ServiceInstance;

/**
 * {@code ServiceInstanceMetadataUtils.customizeInstance}: where Dubbo 3 fills the metadata of the application
 * instance it registers for application-level discovery (every registry: nacos, zookeeper, ...). This
 * instance's lane and version join it unless the application set them (e.g. through {@code dubbo.labels}),
 * so that consumers find a provider's lane even when the service metadata does not carry URL parameters.
 */
final class ServiceInstanceInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("org.apache.dubbo.registry.client.metadata.ServiceInstanceMetadataUtils");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("org.apache.dubbo.registry.client.metadata.ServiceInstanceMetadataUtils");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named("customizeInstance")
                        .and(isStatic())
                        .and(takesArgument(0, named("org.apache.dubbo.registry.client.ServiceInstance"))),
                getClass().getName() + "$CustomizeAdvice");
    }

    static final class CustomizeAdvice {

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.Argument(0) ServiceInstance instance) {
            Map<String, String> metadata = instance == null ? null : instance.getMetadata();
            if (metadata == null) {
                return;
            }
            String lane = LaneContext.ownLane();
            if (lane != null && !metadata.containsKey(LaneRouting.LANE_KEY)) {
                metadata.put(LaneRouting.LANE_KEY, lane);
            }
            String version = LaneContext.ownVersion();
            if (version != null && !metadata.containsKey(LaneRouting.VERSION_KEY)) {
                metadata.put(LaneRouting.VERSION_KEY, version);
            }
        }
    }
}
