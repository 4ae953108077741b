package dev.aviary.meshagent.instrumentation.okhttp;

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
import okhttp3.Request;

/**
 * {@code OkHttpClient.newCall(Request)}: every call, synchronous or enqueued, is created here, on the
 * caller's thread, so the lane of the call is the one current when it was created, never the one a
 * dispatcher thread happens to have. The request is immutable: the call gets a copy with the header, the
 * application's object is untouched. Chosen over {@code RealCall} (renamed and moved between 3.x and 4.x)
 * and over an added interceptor (the client's interceptor list is immutable once built); {@code newCall}
 * and the {@code Request} builder API are the same in 3.x and 4.x. The application's interceptors run
 * later and see the header like one the application set.
 */
final class OkHttpClientInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("okhttp3.OkHttpClient");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("okhttp3.OkHttpClient");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named("newCall").and(takesArguments(1)).and(takesArgument(0, named("okhttp3.Request"))),
                getClass().getName() + "$NewCallAdvice");
    }

    static final class NewCallAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(value = 0, readOnly = false) Request request) {
            String lane = LaneContext.current();
            String header = LaneContext.headerName();
            if (lane != null && request != null && request.header(header) == null) {
                request = request.newBuilder().header(header, lane).build();
            }
        }
    }
}
