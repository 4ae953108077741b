package dev.aviary.meshagent.instrumentation.servlet.javax;

import dev.aviary.meshagent.core.InstrumentationModule;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.instrumentation.servlet.ServletEntryInstrumentation;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Requests entering through the `javax.servlet` API (Servlet 3.0 to 4.0, e.g. Tomcat 8.5/9, Jetty 9/10 as embedded by Spring Boot 2.x): the lane label is read from the request
 * and current while filters and servlets run. Container-agnostic (Tomcat, Jetty, Undertow).
 */
public final class JavaxServletInstrumentationModule extends InstrumentationModule {

    private static final String ADVICE = "dev.aviary.meshagent.instrumentation.servlet.javax.JavaxInboundAdvice";

    public JavaxServletInstrumentationModule() {
        super("servlet-javax");
    }

    @Override
    public List<String> requiredClasses() {
        return Collections.singletonList("javax.servlet.http.HttpServletRequest");
    }

    @Override
    public List<TypeInstrumentation> typeInstrumentations() {
        return Arrays.<TypeInstrumentation>asList(
                ServletEntryInstrumentation.filter("javax.servlet", ADVICE),
                ServletEntryInstrumentation.servlet("javax.servlet", ADVICE));
    }
}
