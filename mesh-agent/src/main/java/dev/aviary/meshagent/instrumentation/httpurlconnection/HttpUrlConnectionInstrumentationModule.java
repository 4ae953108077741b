package dev.aviary.meshagent.instrumentation.httpurlconnection;

import dev.aviary.meshagent.core.InstrumentationModule;
import dev.aviary.meshagent.core.TypeInstrumentation;
import java.util.Collections;
import java.util.List;

/** Outgoing calls through {@code java.net.HttpURLConnection} (the JDK's http and https handlers), Java 8+. */
public final class HttpUrlConnectionInstrumentationModule extends InstrumentationModule {

    public HttpUrlConnectionInstrumentationModule() {
        super("http-url-connection");
    }

    @Override
    public List<TypeInstrumentation> typeInstrumentations() {
        return Collections.<TypeInstrumentation>singletonList(new HttpUrlConnectionInstrumentation());
    }
}
