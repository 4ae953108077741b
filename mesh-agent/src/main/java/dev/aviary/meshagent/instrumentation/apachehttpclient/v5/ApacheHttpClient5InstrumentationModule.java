package dev.aviary.meshagent.instrumentation.apachehttpclient.v5;

import dev.aviary.meshagent.core.InstrumentationModule;
import dev.aviary.meshagent.core.TypeInstrumentation;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Outgoing calls through Apache HttpClient 5.x: the classic client (every request written by httpcore5's
 * blocking {@code HttpRequestExecutor}) and the async one ({@code CloseableHttpAsyncClient} built by
 * {@code HttpAsyncClients}, HTTP/1.1 and HTTP/2). Advice compiled against httpclient5 5.1.
 */
public final class ApacheHttpClient5InstrumentationModule extends InstrumentationModule {

    /** The attribute of the exchange's {@code HttpClientContext} that holds the lane of an async call. */
    static final String LANE_ATTRIBUTE = "dev.aviary.meshagent.lane";

    public ApacheHttpClient5InstrumentationModule() {
        super("apache-httpclient-5");
    }

    @Override
    public List<String> requiredClasses() {
        return Collections.singletonList("org.apache.hc.core5.http.HttpRequest");
    }

    @Override
    public List<TypeInstrumentation> typeInstrumentations() {
        return Arrays.<TypeInstrumentation>asList(
                new HttpRequestExecutorInstrumentation(),
                new AsyncClientInstrumentation(),
                new AsyncMainClientExecInstrumentation());
    }
}
