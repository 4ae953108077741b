package dev.aviary.meshagent.instrumentation.virtualthreads;

import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.aviary.meshagent.bootstrap.LaneRunnable;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * {@code Thread.startVirtualThread(Runnable)}, which creates its thread without the builder. Only this static
 * method of {@code Thread} is changed: constructors ({@code new Thread(...)}) are left alone.
 */
final class StartVirtualThreadInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("java.lang.Thread");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("java.lang.Thread");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named("startVirtualThread").and(isStatic()).and(takesArguments(Runnable.class)),
                getClass().getName() + "$HandOverAdvice");
    }

    static final class HandOverAdvice {

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(value = 0, readOnly = false) Runnable task) {
            task = LaneRunnable.wrap(task);
        }
    }
}
