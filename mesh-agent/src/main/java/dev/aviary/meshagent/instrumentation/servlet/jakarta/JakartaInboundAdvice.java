package dev.aviary.meshagent.instrumentation.servlet.jakarta;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.bootstrap.LaneScope;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import net.bytebuddy.asm.Advice;

/**
 * Makes the request's lane current for the call and restores the thread's previous one on return or
 * throw. Filters and servlets nest; each level reads the same header, so the inner ones change nothing.
 */
final class JakartaInboundAdvice {

    private JakartaInboundAdvice() {}

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static LaneScope enter(@Advice.Argument(0) ServletRequest request) {
        String label = request instanceof HttpServletRequest
                ? ((HttpServletRequest) request).getHeader(LaneContext.headerName())
                : null;
        // Filters and the servlet nest: the outermost entry marks the request so that it is counted once.
        if (request.getAttribute(LaneContext.REQUEST_MARK) == null) {
            request.setAttribute(LaneContext.REQUEST_MARK, Boolean.TRUE);
            return LaneContext.enterRequest(label);
        }
        return LaneContext.attachInbound(label);
    }

    @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
    static void exit(@Advice.Enter LaneScope scope) {
        if (scope != null) {
            scope.close();
        }
    }
}
