package dev.aviary.meshagent.instrumentation.dubbo;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.aviary.meshagent.bootstrap.LaneRouting;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * {@code NacosServiceDiscovery.getInstances}: Dubbo's application-level discovery fills its address cache
 * with nacos-client's {@code selectInstances(service, group, true)}, which the nacos-naming module narrows to
 * the lane of the current thread. This lookup is not a call (it usually runs with no lane, at start-up or on
 * a registry thread), so it must see every provider; the lane applies when a call lists its providers.
 */
final class NacosServiceDiscoveryInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("org.apache.dubbo.registry.nacos.NacosServiceDiscovery");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("org.apache.dubbo.registry.nacos.NacosServiceDiscovery");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named("getInstances").and(takesArguments(1)).and(takesArgument(0, String.class)),
                getClass().getName() + "$GetInstancesAdvice");
    }

    static final class GetInstancesAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static boolean enter() {
            return LaneRouting.beginDiscovery();
        }

        @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
        static void exit(@Advice.Enter boolean begun) {
            LaneRouting.endDiscovery(begun);
        }
    }
}
