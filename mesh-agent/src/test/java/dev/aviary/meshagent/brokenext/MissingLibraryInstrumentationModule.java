package dev.aviary.meshagent.brokenext;

import dev.aviary.meshagent.core.InstrumentationModule;
import dev.aviary.meshagent.core.NamedMethodInstrumentation;
import dev.aviary.meshagent.core.TypeInstrumentation;
import java.util.Collections;
import java.util.List;

/** Deliberately broken: instruments a real class but needs a library the application does not have. */
public final class MissingLibraryInstrumentationModule extends InstrumentationModule {

    public MissingLibraryInstrumentationModule() {
        super("missing-library");
    }

    @Override
    public List<String> requiredClasses() {
        return Collections.singletonList("com.example.missing.Library");
    }

    @Override
    public List<TypeInstrumentation> typeInstrumentations() {
        return Collections.singletonList(new NamedMethodInstrumentation(
                "dev.aviary.meshagent.lanes.DownstreamServer", "url", "com.example.missing.LibraryAdvice"));
    }
}
