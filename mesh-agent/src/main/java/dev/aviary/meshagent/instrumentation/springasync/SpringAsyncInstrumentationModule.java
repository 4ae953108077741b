package dev.aviary.meshagent.instrumentation.springasync;

import dev.aviary.meshagent.core.InstrumentationModule;
import dev.aviary.meshagent.core.TypeInstrumentation;
import java.util.Collections;
import java.util.List;

/**
 * Spring's {@code SimpleAsyncTaskExecutor} (Spring 5.3 to 7.0; the default executor of {@code @Async} without a
 * Spring Boot pool, and Spring Boot's with virtual threads): each task starts a new thread, which would not see
 * the caller's lane. Spring's pooled executors ({@code ThreadPoolTaskExecutor}, {@code ThreadPoolTaskScheduler})
 * sit on JDK pools and are covered by the executors module.
 */
public final class SpringAsyncInstrumentationModule extends InstrumentationModule {

    public SpringAsyncInstrumentationModule() {
        super("spring-async");
    }

    @Override
    public List<String> requiredClasses() {
        return Collections.singletonList("org.springframework.core.task.SimpleAsyncTaskExecutor");
    }

    @Override
    public List<TypeInstrumentation> typeInstrumentations() {
        return Collections.<TypeInstrumentation>singletonList(new SimpleAsyncTaskExecutorInstrumentation());
    }
}
