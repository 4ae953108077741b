package dev.aviary.meshagent.instrumentation.apachehttpclient.v4;

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
import org.apache.http.HttpRequest;

/**
 * {@code org.apache.http.protocol.HttpRequestExecutor.execute} (httpcore 4.x): the point where every
 * classic HttpClient 4 writes a request to its connection, on the calling thread, for the first attempt,
 * retries, redirects and authentication rounds alike, whichever client class or exec chain built it. It runs
 * after the client's interceptors, so a header an interceptor set counts as the application's. The header is
 * added only for the call and removed on return or throw: the request here is the client's per-execution
 * copy, but code that drives httpcore directly passes its own object.
 *
 * <p>A {@code CONNECT} to a proxy is left alone: the lane is for the target, not the proxy.
 */
final class HttpRequestExecutorInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("org.apache.http.protocol.HttpRequestExecutor");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("org.apache.http.protocol.HttpRequestExecutor");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named("execute").and(takesArguments(3)).and(takesArgument(0, named("org.apache.http.HttpRequest"))),
                getClass().getName() + "$ExecuteAdvice");
    }

    static final class ExecuteAdvice {

        /** Returns whether it added the header, so that only its own header is removed afterwards. */
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static boolean enter(@Advice.Argument(0) HttpRequest request) {
            String lane = LaneContext.current();
            String header = LaneContext.headerName();
            if (lane == null
                    || request.containsHeader(header)
                    || "CONNECT".equalsIgnoreCase(request.getRequestLine().getMethod())) {
                return false;
            }
            request.addHeader(header, lane);
            return true;
        }

        @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
        static void exit(@Advice.Argument(0) HttpRequest request, @Advice.Enter boolean added) {
            if (added) {
                request.removeHeaders(LaneContext.headerName());
            }
        }
    }
}
