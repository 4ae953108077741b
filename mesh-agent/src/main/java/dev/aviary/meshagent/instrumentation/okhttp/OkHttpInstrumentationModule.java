package dev.aviary.meshagent.instrumentation.okhttp;

import dev.aviary.meshagent.core.InstrumentationModule;
import dev.aviary.meshagent.core.TypeInstrumentation;
import java.util.Collections;
import java.util.List;

/**
 * Outgoing calls through OkHttp 3.x and 4.x (one {@code okhttp3} package for both; 4.x is Kotlin with the
 * same Java-visible API): {@code Call.execute} and {@code Call.enqueue}, and so the clients built on OkHttp
 * (Retrofit, Feign's and Spring's OkHttp adapters). Advice compiled against OkHttp 3.14.
 */
public final class OkHttpInstrumentationModule extends InstrumentationModule {

    public OkHttpInstrumentationModule() {
        super("okhttp");
    }

    @Override
    public List<String> requiredClasses() {
        return Collections.singletonList("okhttp3.Request$Builder");
    }

    @Override
    public List<TypeInstrumentation> typeInstrumentations() {
        return Collections.<TypeInstrumentation>singletonList(new OkHttpClientInstrumentation());
    }
}
