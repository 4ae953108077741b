package dev.aviary.meshagent.instrumentation.servlet.jakarta;

import dev.aviary.meshagent.core.InstrumentationModule;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.instrumentation.servlet.ServletEntryInstrumentation;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Requests entering through the `jakarta.servlet` API (Jakarta Servlet 5.0+, e.g. Tomcat 10/11, Jetty 11/12, Undertow 2.2+ as embedded by Spring Boot 3/4): the lane label is read from the request
 * and current while filters and servlets run. Container-agnostic (Tomcat, Jetty, Undertow).
 */
public final class JakartaServletInstrumentationModule extends InstrumentationModule {

    private static final String ADVICE = "dev.aviary.meshagent.instrumentation.servlet.jakarta.JakartaInboundAdvice";

    public JakartaServletInstrumentationModule() {
        super("servlet-jakarta");
    }

    @Override
    public List<String> requiredClasses() {
        return Collections.singletonList("jakarta.servlet.http.HttpServletRequest");
    }

    @Override
    public List<TypeInstrumentation> typeInstrumentations() {
        return Arrays.<TypeInstrumentation>asList(
                ServletEntryInstrumentation.filter("jakarta.servlet", ADVICE),
                ServletEntryInstrumentation.servlet("jakarta.servlet", ADVICE));
    }
}
