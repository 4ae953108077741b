package dev.aviary.meshagent.instrumentation.servlet;

import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.aviary.meshagent.core.ClassCandidates;
import dev.aviary.meshagent.core.TypeInstrumentation;
import dev.aviary.meshagent.core.TypeTransformer;
import java.util.Collections;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Hooks one entry method of the servlet API in every implementation: {@code Filter.doFilter} (the first
 * application code a request reaches) or {@code Servlet.service} (requests that pass no filter), for the
 * {@code jakarta.servlet} or the {@code javax.servlet} namespace.
 */
public final class ServletEntryInstrumentation implements TypeInstrumentation {

    private final String apiType;
    private final String method;
    private final int arguments;
    private final String requestType;
    private final String advice;
    /** The entry method's descriptor: a class declaring that method has it in its constant pool. */
    private final String descriptor;

    private ServletEntryInstrumentation(
            String apiType, String method, int arguments, String requestType, String advice, String descriptor) {
        this.apiType = apiType;
        this.method = method;
        this.arguments = arguments;
        this.requestType = requestType;
        this.advice = advice;
        this.descriptor = descriptor;
    }

    /** {@code <namespace>.Filter#doFilter(ServletRequest, ServletResponse, FilterChain)}. */
    public static ServletEntryInstrumentation filter(String namespace, String advice) {
        String api = namespace.replace('.', '/');
        return new ServletEntryInstrumentation(
                namespace + ".Filter",
                "doFilter",
                3,
                namespace + ".ServletRequest",
                advice,
                "(L" + api + "/ServletRequest;L" + api + "/ServletResponse;L" + api + "/FilterChain;)V");
    }

    /** {@code <namespace>.Servlet#service(ServletRequest, ServletResponse)}. */
    public static ServletEntryInstrumentation servlet(String namespace, String advice) {
        String api = namespace.replace('.', '/');
        return new ServletEntryInstrumentation(
                namespace + ".Servlet",
                "service",
                2,
                namespace + ".ServletRequest",
                advice,
                "(L" + api + "/ServletRequest;L" + api + "/ServletResponse;)V");
    }

    /**
     * Only a class that declares the entry method with code is changed, which its class file tells before any parse:
     * the thousands of other classes of a web application (and the API's interfaces) are never parsed.
     */
    @Override
    public ClassCandidates candidates() {
        return ClassCandidates.subtypesDeclaring(Collections.singletonList(apiType), descriptor);
    }

    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
        return not(nameStartsWith("java."))
                .and(not(nameStartsWith("jdk.")))
                .and(not(nameStartsWith("sun.")))
                .and(not(isInterface()))
                .and(hasSuperType(named(apiType)));
    }

    @Override
    public void transform(TypeTransformer transformer) {
        transformer.applyAdvice(
                named(method)
                        .and(takesArguments(arguments))
                        .and(takesArgument(0, named(requestType)))
                        .and(not(isAbstract())),
                advice);
    }
}
