package dev.aviary.meshagent.brokenext;

import dev.aviary.meshagent.core.InstrumentationModule;
import dev.aviary.meshagent.core.NamedMethodInstrumentation;
import dev.aviary.meshagent.core.TypeInstrumentation;
import java.util.Collections;
import java.util.List;

/** Deliberately broken: its transformation fails because the advice class it names does not exist. */
public final class MissingAdviceInstrumentationModule extends InstrumentationModule {

    public MissingAdviceInstrumentationModule() {
        super("missing-advice");
    }

    @Override
    public List<TypeInstrumentation> typeInstrumentations() {
        return Collections.singletonList(new NamedMethodInstrumentation(
                "dev.aviary.meshagent.lanes.DownstreamServer", "url", "dev.aviary.meshagent.brokenext.NoSuchAdvice"));
    }
}
