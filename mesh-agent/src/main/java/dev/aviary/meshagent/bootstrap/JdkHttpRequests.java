package dev.aviary.meshagent.bootstrap;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Labels a {@code java.net.http.HttpRequest} (immutable) by copying it with the lane header added. Works
 * by reflection because the agent is Java 8 bytecode and this class is loaded by the bootstrap loader,
 * which cannot link against the {@code java.net.http} module; needs
 * {@code HttpRequest.newBuilder(HttpRequest, BiPredicate)} (Java 16+).
 */
public final class JdkHttpRequests {

    private static final BiPredicate<String, String> KEEP_ALL_HEADERS = new BiPredicate<String, String>() {
        @Override
        public boolean test(String name, String value) {
            return true;
        }
    };

    private static volatile Methods methods;

    private JdkHttpRequests() {}

    /** {@code request} itself when no lane is current or it already names one, else a labelled copy. */
    public static Object withLane(Object request) throws ReflectiveOperationException {
        String lane = LaneContext.current();
        if (lane == null || request == null) {
            return request;
        }
        Methods m = methods(request);
        String header = LaneContext.headerName();
        Object headers = m.headers.invoke(request);
        if (((Optional<?>) m.firstValue.invoke(headers, header)).isPresent()) {
            return request; // the application chose the lane of this call itself
        }
        Object builder = m.newBuilder.invoke(null, request, KEEP_ALL_HEADERS);
        m.header.invoke(builder, header, lane);
        return m.build.invoke(builder);
    }

    private static Methods methods(Object request) throws ReflectiveOperationException {
        Methods m = methods;
        if (m == null) {
            m = new Methods(Class.forName(
                    "java.net.http.HttpRequest", false, request.getClass().getClassLoader()));
            methods = m;
        }
        return m;
    }

    private static final class Methods {
        final Method headers;
        final Method firstValue;
        final Method newBuilder;
        final Method header;
        final Method build;

        Methods(Class<?> requestType) throws ReflectiveOperationException {
            ClassLoader loader = requestType.getClassLoader();
            Class<?> headersType = Class.forName("java.net.http.HttpHeaders", false, loader);
            Class<?> builderType = Class.forName("java.net.http.HttpRequest$Builder", false, loader);
            headers = requestType.getMethod("headers");
            firstValue = headersType.getMethod("firstValue", String.class);
            newBuilder = requestType.getMethod("newBuilder", requestType, BiPredicate.class);
            header = builderType.getMethod("header", String.class, String.class);
            build = builderType.getMethod("build");
        }
    }
}
