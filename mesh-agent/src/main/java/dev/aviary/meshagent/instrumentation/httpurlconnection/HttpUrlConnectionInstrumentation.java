package dev.aviary.meshagent.instrumentation.httpurlconnection;

import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import java.net.HttpURLConnection;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * {@code sun.net.www.protocol.http.HttpURLConnection} (and the delegate behind https): before the
 * connection is made by {@code connect}, {@code getOutputStream} or {@code getInputStream}, the lane
 * becomes a request property, unless the application set that header itself.
 */
final class HttpUrlConnectionInstrumentation implements TypeInstrumentation {

    /**
     * The {@code http} and {@code https} handlers' packages only. The agent reads class files through the
     * {@code jrt:}, {@code jar:} and {@code file:} handlers, whose connections must never wait for a transformation:
     * one that reads through its own class while that class loads fails with a {@code ClassCircularityError}, which
     * the JVM then keeps in the constant pool of the class that asked, and every later read that way fails too.
     */
    private static final String HANDLER_PACKAGES = "sun.net.www.protocol.http";

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.subtypesIn(
                HANDLER_PACKAGES,
                "sun.net.www.protocol.http.HttpURLConnection",
                "connect",
                "getOutputStream",
                "getInputStream");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return nameStartsWith(HANDLER_PACKAGES).and(hasSuperType(named("sun.net.www.protocol.http.HttpURLConnection")));
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                namedOneOf("connect", "getOutputStream", "getInputStream").and(takesArguments(0)),
                getClass().getName() + "$ConnectAdvice");
    }

    static final class ConnectAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(
                @Advice.This HttpURLConnection connection, @Advice.FieldValue("connected") boolean connected) {
            if (connected) {
                return; // too late to add a header, and the first call already did
            }
            String lane = LaneContext.current();
            String header = LaneContext.headerName();
            if (lane != null && connection.getRequestProperty(header) == null) {
                connection.setRequestProperty(header, lane);
            }
        }
    }
}
