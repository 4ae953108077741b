package dev.aviary.meshagent.instrumentation.reactor;

import static net.bytebuddy.matcher.ElementMatchers.declaresMethod;
import static net.bytebuddy.matcher.ElementMatchers.isTypeInitializer;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.aviary.meshagent.bootstrap.LaneTaskDecorator;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;
import reactor.core.scheduler.Schedulers;

/**
 * {@code Schedulers}: the lane hook is installed once its type initializer has run (the hook map exists then,
 * and no scheduler can have been used before), and again after {@code resetOnScheduleHooks()}, which would
 * otherwise drop it along with the application's own hooks. Reactor applies the hook to the tasks of its own
 * schedulers, so the lane crosses them even when the executors module is switched off or the executor
 * underneath is not one the agent instruments.
 */
final class SchedulersInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("reactor.core.scheduler.Schedulers");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("reactor.core.scheduler.Schedulers")
                .and(declaresMethod(named("onScheduleHook").and(takesArguments(2))));
    }

    @Override
    public void transform(TypeTransformer transformer) {
        String advice = getClass().getName() + "$InstallHookAdvice";
        transformer.applyAdvice(isTypeInitializer(), advice);
        transformer.applyAdvice(named("resetOnScheduleHooks").and(takesArguments(0)), advice);
    }

    static final class InstallHookAdvice {

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit() {
            Schedulers.onScheduleHook(LaneTaskDecorator.KEY, LaneTaskDecorator.INSTANCE);
        }
    }
}
