package dev.aviary.meshagent.instrumentation.jdkhttpclient;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;

import dev.aviary.meshagent.bootstrap.JdkHttpRequests;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * {@code jdk.internal.net.http.HttpClientImpl.send}/{@code sendAsync}, behind every {@code HttpClient}:
 * the request is replaced by a copy carrying the lane header when a lane is current and the application
 * did not set the header itself. The nested calls see the header and change nothing.
 */
final class HttpClientImplInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("jdk.internal.net.http.HttpClientImpl");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("jdk.internal.net.http.HttpClientImpl");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                namedOneOf("send", "sendAsync").and(takesArgument(0, named("java.net.http.HttpRequest"))),
                getClass().getName() + "$SendAdvice");
    }

    static final class SendAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(
                @Advice.Argument(value = 0, readOnly = false, typing = Assigner.Typing.DYNAMIC) Object request)
                throws ReflectiveOperationException {
            request = JdkHttpRequests.withLane(request);
        }
    }
}
