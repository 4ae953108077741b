package dev.aviary.meshagent.instrumentation.dubbo;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.bootstrap.LaneScope;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import java.util.Locale;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;
import org.apache.dubbo.rpc.Invocation;

/**
 * {@code AbstractProxyInvoker.invoke}: the provider's last step before the service method, after the provider
 * filters, on the thread that runs the method. The caller's lane is current while it runs (and while a
 * {@code CompletableFuture}-returning method builds its future: later stages are the completable-future
 * module's), and the thread's previous lane comes back on return or throw. Counted as a request entering
 * this JVM, like the servlet entry.
 */
final class ProviderInvokerInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("org.apache.dubbo.rpc.proxy.AbstractProxyInvoker");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("org.apache.dubbo.rpc.proxy.AbstractProxyInvoker");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named("invoke").and(takesArguments(1)).and(takesArgument(0, named("org.apache.dubbo.rpc.Invocation"))),
                getClass().getName() + "$InvokeAdvice");
    }

    static final class InvokeAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static LaneScope enter(@Advice.Argument(0) Invocation invocation) {
            String key = LaneContext.headerName();
            String label = invocation == null ? null : invocation.getAttachment(key);
            if (label == null && invocation != null) {
                // The triple protocol sends attachments as HTTP/2 headers, whose names arrive in lower case.
                String lowerCase = key.toLowerCase(Locale.ROOT);
                if (!lowerCase.equals(key)) {
                    label = invocation.getAttachment(lowerCase);
                }
            }
            // An inbound lane beats this instance's own lane (LaneContext.attachInbound); a malformed one is none.
            return LaneContext.enterRequest(label);
        }

        @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
        static void exit(@Advice.Enter LaneScope scope) {
            if (scope != null) {
                scope.close();
            }
        }
    }
}
