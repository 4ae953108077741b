package dev.aviary.meshagent.instrumentation.micrometer;

import static net.bytebuddy.matcher.ElementMatchers.isTypeInitializer;
import static net.bytebuddy.matcher.ElementMatchers.named;

import dev.aviary.meshagent.bootstrap.MicrometerLaneMeters;
import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * {@code io.micrometer.core.instrument.Metrics}: once its type initializer has created {@code globalRegistry},
 * the lane meters are bound to it. Every registry later added to it (Spring Boot's, a test's) receives them, as
 * a composite registry hands its meters to each new member.
 */
final class MetricsInstrumentation implements TypeInstrumentation {

    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.named("io.micrometer.core.instrument.Metrics");
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return named("io.micrometer.core.instrument.Metrics");
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(isTypeInitializer(), getClass().getName() + "$BindMetersAdvice");
    }

    static final class BindMetersAdvice {

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.Origin Class<?> metrics) {
            MicrometerLaneMeters.bind(metrics);
        }
    }
}
