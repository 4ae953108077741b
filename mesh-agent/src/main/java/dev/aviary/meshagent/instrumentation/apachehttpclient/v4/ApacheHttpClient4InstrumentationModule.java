package dev.aviary.meshagent.instrumentation.apachehttpclient.v4;

import dev.aviary.meshagent.core.InstrumentationModule;
import dev.aviary.meshagent.core.TypeInstrumentation;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Outgoing calls through Apache HttpClient 4.x: every classic client (built by {@code HttpClientBuilder},
 * the minimal one, the deprecated {@code DefaultHttpClient}, and so RestTemplate on
 * {@code HttpComponentsClientHttpRequestFactory}), and the first request of an {@code httpasyncclient} 4.1
 * exchange. Advice compiled against httpclient 4.3.
 */
public final class ApacheHttpClient4InstrumentationModule extends InstrumentationModule {

    public ApacheHttpClient4InstrumentationModule() {
        super("apache-httpclient-4");
    }

    @Override
    public List<String> requiredClasses() {
        return Collections.singletonList("org.apache.http.HttpRequest");
    }

    @Override
    public List<TypeInstrumentation> typeInstrumentations() {
        return Arrays.<TypeInstrumentation>asList(
                new HttpRequestExecutorInstrumentation(), new AsyncExchangeHandlerInstrumentation());
    }
}
