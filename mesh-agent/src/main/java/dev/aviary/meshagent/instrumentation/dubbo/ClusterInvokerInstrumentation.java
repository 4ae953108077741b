package dev.aviary.meshagent.instrumentation.dubbo;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.returns;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.aviary.meshagent.bootstrap.LaneRouting;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;
import org.apache.dubbo.common.URL;
import org.apache.dubbo.rpc.Invoker;

/**
 * {@code AbstractClusterInvoker.list(Invocation)}: the providers a consumer's call may use, after the
 * directory and every router (tag, condition, script, mesh) have had their say and before the load balancer
 * chooses; {@code invoke} calls it once per call, and the failover cluster again before each retry, always
 * on the caller's thread. The advice narrows that list by the providers' {@code aviary.lane} URL parameter
 * ({@code LaneRouting}); a refusal makes {@code list} throw {@code LaneRefusedException}, which leaves
 * {@code invoke} (and the application's proxy call) as it is. An empty list ends in Dubbo's own "No provider
 * available".
 *
 * <p>Chosen over {@code RouterChain.route} ({@code route(URL, Invocation)} in 2.7, {@code route(URL, BitList,
 * Invocation)} in 3.x, whose work moved into per-registry {@code SingleRouterChain}s in 3.2), over a custom
 * {@code StateRouter} (an SPI the application would have to load, with another signature per version), and over
 * the directories' {@code doList} (one method per {@code AbstractDirectory} subclass, so a subtype matcher, with
 * one argument in 2.7, two in 3.0 and 3.1, three since 3.2): {@code list} is one concrete class's
 * {@code protected List<Invoker<T>> list(Invocation)}, the same in 2.7 and all of 3.x. A
 * provider's URL answers {@code getParameter} from its interface-level registration or, for application-level
 * discovery, from its service metadata and then its instance's metadata, which is where the export advices
 * put the lane.
 */
final class ClusterInvokerInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("org.apache.dubbo.rpc.cluster.support.AbstractClusterInvoker");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("org.apache.dubbo.rpc.cluster.support.AbstractClusterInvoker");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named("list")
                        .and(takesArguments(1))
                        .and(takesArgument(0, named("org.apache.dubbo.rpc.Invocation")))
                        .and(returns(List.class)),
                getClass().getName() + "$ListAdvice");
    }

    static final class ListAdvice {

        @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
        static void exit(
                @Advice.This Invoker<?> cluster,
                @Advice.Return(readOnly = false) List<Invoker<?>> invokers,
                @Advice.Thrown(readOnly = false) Throwable thrown) {
            if (thrown != null || invokers == null || invokers.isEmpty()) {
                return;
            }
            String[] lanes = new String[invokers.size()];
            String service = null;
            for (int i = 0; i < lanes.length; i++) {
                URL url = invokers.get(i).getUrl();
                if (url != null) {
                    lanes[i] = url.getParameter(LaneRouting.LANE_KEY);
                    if (service == null) {
                        // The provider's application: the name lanes are locked to (release-api's services).
                        service = url.getRemoteApplication();
                    }
                }
            }
            if (service == null || service.isEmpty()) {
                service = cluster.getInterface().getName();
            }
            int[] eligible;
            try {
                eligible = LaneRouting.eligible(service, lanes);
            } catch (IllegalStateException refused) {
                thrown = refused;
                return;
            }
            if (eligible.length != lanes.length) {
                List<Invoker<?>> narrowed = new ArrayList<Invoker<?>>(eligible.length);
                for (int index : eligible) {
                    narrowed.add(invokers.get(index));
                }
                invokers = narrowed;
            }
        }
    }
}
