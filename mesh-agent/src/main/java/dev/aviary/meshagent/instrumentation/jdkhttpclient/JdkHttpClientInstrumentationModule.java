package dev.aviary.meshagent.instrumentation.jdkhttpclient;

import dev.aviary.meshagent.core.InstrumentationModule;
import dev.aviary.meshagent.core.TypeInstrumentation;
import java.util.Collections;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Outgoing calls through {@code java.net.http.HttpClient}. The client exists from Java 11; labelling a
 * request copies it with {@code HttpRequest.newBuilder(HttpRequest, BiPredicate)}, which exists from Java
 * 16, so on older JVMs the module is skipped with one line.
 */
public final class JdkHttpClientInstrumentationModule extends InstrumentationModule {

    public JdkHttpClientInstrumentationModule() {
        super("jdk-http-client");
    }

    @Override
    public String unsupportedReason() {
        Class<?> request;
        try {
            request = Class.forName("java.net.http.HttpRequest");
        } catch (ClassNotFoundException beforeJava11) {
            return "java.net.http.HttpClient is not on this JVM (Java 11+)";
        }
        try {
            request.getMethod("newBuilder", request, BiPredicate.class);
            return null;
        } catch (NoSuchMethodException beforeJava16) {
            return "needs HttpRequest.newBuilder(HttpRequest, BiPredicate) (Java 16+)";
        }
    }

    @Override
    public List<TypeInstrumentation> typeInstrumentations() {
        return Collections.<TypeInstrumentation>singletonList(new HttpClientImplInstrumentation());
    }
}
