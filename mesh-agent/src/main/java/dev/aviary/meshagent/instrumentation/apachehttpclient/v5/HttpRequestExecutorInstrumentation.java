package dev.aviary.meshagent.instrumentation.apachehttpclient.v5;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;
import org.apache.hc.core5.http.HttpRequest;

/**
 * {@code org.apache.hc.core5.http.impl.io.HttpRequestExecutor.execute} (httpcore5): where the classic
 * client writes each request, attempt, redirect and authentication round to its connection, on the calling
 * thread and after the client's interceptors (a header one of them set counts as the application's). The
 * header is added for the call only and removed on return or throw, so no request object keeps it. The
 * three-argument overload delegates to the four-argument one, which then sees the header and adds none.
 *
 * <p>A {@code CONNECT} to a proxy is left alone: the lane is for the target, not the proxy.
 */
final class HttpRequestExecutorInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("org.apache.hc.core5.http.impl.io.HttpRequestExecutor");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("org.apache.hc.core5.http.impl.io.HttpRequestExecutor");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named("execute").and(takesArgument(0, named("org.apache.hc.core5.http.ClassicHttpRequest"))),
                getClass().getName() + "$ExecuteAdvice");
    }

    static final class ExecuteAdvice {

        /** Returns whether it added the header, so that only its own header is removed afterwards. */
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static boolean enter(@Advice.Argument(0) HttpRequest request) {
            String lane = LaneContext.current();
            String header = LaneContext.headerName();
            if (lane == null || request.containsHeader(header) || "CONNECT".equalsIgnoreCase(request.getMethod())) {
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
