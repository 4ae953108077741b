package dev.aviary.meshagent.instrumentation.reactor;

import dev.aviary.meshagent.core.InstrumentationModule;
import dev.aviary.meshagent.core.TypeInstrumentation;
import java.util.Collections;
import java.util.List;

/**
 * Project Reactor's schedulers (reactor-core 3.3+, which introduced {@code Schedulers.onScheduleHook}):
 * work moved to another thread by {@code subscribeOn}, {@code publishOn}, {@code delayElement} and every
 * other operator that schedules keeps the lane current when it was scheduled. Older reactor-core is left
 * alone (its {@code Schedulers} lacks the hook, so the type does not match).
 */
public final class ReactorInstrumentationModule extends InstrumentationModule {

    public ReactorInstrumentationModule() {
        super("reactor");
    }

    @Override
    public List<String> requiredClasses() {
        return Collections.singletonList("reactor.core.scheduler.Schedulers");
    }

    @Override
    public List<TypeInstrumentation> typeInstrumentations() {
        return Collections.<TypeInstrumentation>singletonList(new SchedulersInstrumentation());
    }
}
