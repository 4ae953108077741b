package dev.aviary.meshagent.instrumentation.executors;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;

import dev.aviary.meshagent.bootstrap.LaneCallable;
import dev.aviary.meshagent.bootstrap.LaneRunnable;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import java.util.concurrent.Callable;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * {@code ScheduledThreadPoolExecutor.schedule*}, which its {@code execute} and {@code submit} use instead
 * of {@code ThreadPoolExecutor.execute}: the task is wrapped before it becomes a scheduled future.
 */
final class ScheduledThreadPoolExecutorInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("java.util.concurrent.ScheduledThreadPoolExecutor");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("java.util.concurrent.ScheduledThreadPoolExecutor");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        ElementMatcher.Junction<net.bytebuddy.description.method.MethodDescription> scheduling =
                named("schedule").or(named("scheduleAtFixedRate")).or(named("scheduleWithFixedDelay"));
        transformer.applyAdvice(
                scheduling.and(takesArgument(0, Runnable.class)), getClass().getName() + "$RunnableAdvice");
        transformer.applyAdvice(
                scheduling.and(takesArgument(0, Callable.class)), getClass().getName() + "$CallableAdvice");
    }

    static final class RunnableAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(value = 0, readOnly = false) Runnable task) {
            task = LaneRunnable.wrap(task);
        }
    }

    static final class CallableAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(value = 0, readOnly = false) Callable<?> task) {
            task = LaneCallable.wrap(task);
        }
    }
}
