package dev.aviary.meshagent.instrumentation.apachehttpclient.v5;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;
import org.apache.hc.client5.http.async.AsyncExecChain;
import org.apache.hc.core5.http.HttpRequest;

/**
 * The last element of the async exec chain ({@code HttpAsyncMainClientExec} for HTTP/1.1,
 * {@code H2AsyncMainClientExec} for HTTP/2), after the client's interceptors: the lane that
 * {@link AsyncClientInstrumentation} put into the exchange's context becomes the request's header. This
 * may run on an I/O thread that last served another lane; only the context counts. The request here is the
 * client's own copy of the application's, made per exchange.
 */
final class AsyncMainClientExecInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named(
                "org.apache.hc.client5.http.impl.async.HttpAsyncMainClientExec",
                "org.apache.hc.client5.http.impl.async.H2AsyncMainClientExec");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return namedOneOf(
                "org.apache.hc.client5.http.impl.async.HttpAsyncMainClientExec",
                "org.apache.hc.client5.http.impl.async.H2AsyncMainClientExec");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named("execute")
                        .and(takesArgument(0, named("org.apache.hc.core5.http.HttpRequest")))
                        .and(takesArgument(2, named("org.apache.hc.client5.http.async.AsyncExecChain$Scope"))),
                getClass().getName() + "$ExecuteAdvice");
    }

    static final class ExecuteAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(0) HttpRequest request, @Advice.Argument(2) AsyncExecChain.Scope scope) {
            Object lane = scope.clientContext.getAttribute(ApacheHttpClient5InstrumentationModule.LANE_ATTRIBUTE);
            String header = LaneContext.headerName();
            if (lane instanceof String && !request.containsHeader(header)) {
                request.addHeader(header, lane);
            }
        }
    }
}
