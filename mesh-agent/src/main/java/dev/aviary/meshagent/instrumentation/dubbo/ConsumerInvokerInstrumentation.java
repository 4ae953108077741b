package dev.aviary.meshagent.instrumentation.dubbo;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.RpcContext;

/**
 * {@code AbstractInvoker.invoke}: the protocol invoker of every consumer call (dubbo, tri, injvm, ...), on the
 * caller's thread and after the cluster has chosen the provider, also for methods returning a
 * {@code CompletableFuture}, which therefore carry the caller's lane. Its {@code invoke} merges the
 * application's attachments ({@code RpcContext.getClientAttachment()}) only where the invocation has none,
 * so the advice checks both and adds the lane only when the application set neither.
 */
final class ConsumerInvokerInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("org.apache.dubbo.rpc.protocol.AbstractInvoker");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("org.apache.dubbo.rpc.protocol.AbstractInvoker");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named("invoke").and(takesArguments(1)).and(takesArgument(0, named("org.apache.dubbo.rpc.Invocation"))),
                getClass().getName() + "$InvokeAdvice");
    }

    static final class InvokeAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(0) Invocation invocation) {
            String lane = LaneContext.current();
            if (lane == null || invocation == null) {
                return;
            }
            String key = LaneContext.headerName();
            if (invocation.getObjectAttachment(key) == null
                    && RpcContext.getClientAttachment().getObjectAttachment(key) == null) {
                invocation.setAttachment(key, lane);
            }
        }
    }
}
