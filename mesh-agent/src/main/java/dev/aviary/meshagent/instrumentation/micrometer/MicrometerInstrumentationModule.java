package dev.aviary.meshagent.instrumentation.micrometer;

import dev.aviary.meshagent.core.InstrumentationModule;
import dev.aviary.meshagent.core.TypeInstrumentation;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Micrometer (micrometer-core 1.x): the agent's per-lane counters become meters of the application's
 * {@code Metrics.globalRegistry} ({@code MicrometerLaneMeters}) as soon as that registry exists.
 */
public final class MicrometerInstrumentationModule extends InstrumentationModule {

    public MicrometerInstrumentationModule() {
        super("micrometer");
    }

    @Override
    public List<String> requiredClasses() {
        return Arrays.asList(
                "io.micrometer.core.instrument.FunctionCounter", "io.micrometer.core.instrument.MeterRegistry");
    }

    @Override
    public List<TypeInstrumentation> typeInstrumentations() {
        return Collections.<TypeInstrumentation>singletonList(new MetricsInstrumentation());
    }
}
