package dev.aviary.meshagent.instrumentation.apachehttpclient.v5;

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
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * {@code InternalAbstractHttpAsyncClient.doExecute}, behind every {@code execute} of the async clients, on
 * the caller's thread: the caller's lane goes into the exchange's context (a fresh one when the caller
 * passed none), which travels with the exchange to whichever I/O or scheduler thread sends its requests,
 * redirects and retries included. No lane clears the attribute, so a context the application reuses does
 * not keep an earlier call's lane.
 */
final class AsyncClientInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("org.apache.hc.client5.http.impl.async.InternalAbstractHttpAsyncClient");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("org.apache.hc.client5.http.impl.async.InternalAbstractHttpAsyncClient");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named("doExecute")
                        .and(takesArguments(6))
                        .and(takesArgument(4, named("org.apache.hc.core5.http.protocol.HttpContext"))),
                getClass().getName() + "$DoExecuteAdvice");
    }

    static final class DoExecuteAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(value = 4, readOnly = false) HttpContext context) {
            String lane = LaneContext.current();
            if (lane != null) {
                if (context == null) {
                    context = HttpClientContext.create();
                }
                context.setAttribute(ApacheHttpClient5InstrumentationModule.LANE_ATTRIBUTE, lane);
            } else if (context != null) {
                context.removeAttribute(ApacheHttpClient5InstrumentationModule.LANE_ATTRIBUTE);
            }
        }
    }
}
