package dev.aviary.meshagent.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {

    /** Declares the jakarta entry method: a candidate by its constant pool. */
    static final class SampleFilter implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) {}
    }

    /** Inherits the entry method without declaring it: nothing of it would change, so not a candidate. */
    static class SubclassedFilter extends jakarta.servlet.GenericFilter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) {}
    }

    static final class QuietSubclass extends SubclassedFilter {
        static final long LONG_CONSTANT = 0x1234567890L;
        static final double DOUBLE_CONSTANT = 3.25;

        long sum() {
            return LONG_CONSTANT + (long) DOUBLE_CONSTANT;
        }
    }

    /** Fields with attributes and other methods before the entry method: the walk to it must skip them all. */
    static final class FilterWithFields implements Filter {
        static final String NAME = "with-fields";
        private static final long SERIAL = 42L;

        @Deprecated
        private int calls;

        int calls() {
            return calls + NAME.length() + (int) SERIAL;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) {
            calls++;
        }
    }

    /** Declares the entry method without code: advice has nothing to change. */
    abstract static class AbstractFilter implements Filter {
        @Override
        public abstract void doFilter(ServletRequest request, ServletResponse response, FilterChain chain);
    }

    /** Calls the entry method, so its descriptor is in the constant pool, but declares no such method. */
    static final class CallsAFilter {
        void call(Filter filter, ServletRequest request, ServletResponse response, FilterChain chain) throws Exception {
            filter.doFilter(request, response, chain);
        }
    }

    /** A fork/join task outside the JDK: the executors module only changes java.util.concurrent's. */
    static final class OwnTask extends RecursiveTask<Integer> {
        @Override
        protected Integer compute() {
            return 1;
        }
    }

    private final CandidateIndex agentIndex = new CandidateIndex(allCandidates());

    @Test
    void classesAboutToLoadAreCandidatesByNameOrByTheEntryMethodTheyDeclare() throws IOException {
        assertThat(agentIndex.isCandidate(
                        "java/util/concurrent/ThreadPoolExecutor", classFile(ThreadPoolExecutor.class)))
                .isTrue();
        assertThat(agentIndex.isCandidate(internalName(SampleFilter.class), classFile(SampleFilter.class)))
                .isTrue();
        assertThat(agentIndex.isCandidate(internalName(QuietSubclass.class), classFile(QuietSubclass.class)))
                .as("long and double constants take two pool slots; the walk must still find nothing")
                .isFalse();
        assertThat(agentIndex.isCandidate(internalName(CandidateIndexTest.class), classFile(CandidateIndexTest.class)))
                .isFalse();
        assertThat(agentIndex.isCandidate("java/lang/String", classFile(String.class)))
                .isFalse();
    }

    @Test
    void aClassThatOnlyNamesTheEntryMethodIsNoCandidate() throws IOException {
        for (Class<?> type : Arrays.<Class<?>>asList(
                AbstractFilter.class,
                CallsAFilter.class,
                Filter.class,
                FilterChain.class,
                jakarta.servlet.Servlet.class,
                jakarta.servlet.RequestDispatcher.class,
                javax.servlet.Servlet.class)) {
            assertThat(agentIndex.isCandidate(internalName(type), classFile(type)))
                    .as(type.getName())
                    .isFalse();
        }
        for (Class<?> type : Arrays.<Class<?>>asList(
                FilterWithFields.class,
                jakarta.servlet.http.HttpServlet.class,
                javax.servlet.http.HttpServlet.class,
                RecursiveTask.class)) {
            assertThat(agentIndex.isCandidate(internalName(type), classFile(type)))
                    .as(type.getName())
                    .isTrue();
        }
    }

    @Test
    void loadedClassesAreCandidatesByNameOrSupertype() {
        assertThat(agentIndex.isCandidate(ThreadPoolExecutor.class)).isTrue();
        assertThat(agentIndex.isCandidate(SampleFilter.class)).isTrue();
        assertThat(agentIndex.isCandidate(QuietSubclass.class))
                .as("a servlet filter loaded before the agent")
                .isTrue();
        assertThat(agentIndex.isCandidate(RecursiveTask.class)).isTrue();
        assertThat(agentIndex.isCandidate(OwnTask.class))
                .as("outside java.util.concurrent")
                .isFalse();
        assertThat(agentIndex.isCandidate(ConcurrentHashMap.class)).isFalse();
        assertThat(agentIndex.isCandidate(String.class)).isFalse();
    }

    @Test
    void malformedClassFilesAreLeftToByteBuddy() throws IOException {
        byte[] whole = classFile(QuietSubclass.class);
        String name = internalName(QuietSubclass.class);
        assertThat(agentIndex.isCandidate(name, Arrays.copyOf(whole, whole.length / 3)))
                .isTrue();
        assertThat(agentIndex.isCandidate(name, new byte[] {1, 2, 3})).isTrue();
    }

    @Test
    void everyClassIsACandidateForAnInstrumentationThatSaysNothing() throws IOException {
        CandidateIndex index =
                new CandidateIndex(Arrays.asList(ClassCandidates.named("a.B"), ClassCandidates.everyClass()));

        assertThat(index.isCandidate("java/lang/String", classFile(String.class)))
                .isTrue();
        assertThat(index.isCandidate(String.class)).isTrue();
    }

    /**
     * The guard for every module's description: every class among these that a module's advice would change (its
     * matcher matches and it declares an advised method), its candidates must include (a class wrongly left out
     * would silently never be instrumented).
     */
    @Test
    void everyClassAModuleMatchesIsOneOfItsCandidates() throws Exception {
        List<Class<?>> classes = new ArrayList<Class<?>>(Arrays.<Class<?>>asList(
                ThreadPoolExecutor.class,
                ScheduledThreadPoolExecutor.class,
                ForkJoinPool.class,
                ForkJoinTask.class,
                RecursiveTask.class,
                CompletableFuture.class,
                SampleFilter.class,
                FilterWithFields.class,
                AbstractFilter.class,
                SubclassedFilter.class,
                QuietSubclass.class,
                jakarta.servlet.GenericFilter.class,
                jakarta.servlet.http.HttpServlet.class,
                javax.servlet.http.HttpServlet.class,
                OwnTask.class,
                ConcurrentHashMap.class,
                String.class));
        for (String name : Arrays.asList(
                "java.util.concurrent.CompletableFuture$AsyncSupply",
                "java.util.concurrent.CompletableFuture$AsyncRun",
                "java.util.concurrent.CompletableFuture$UniApply",
                "java.util.concurrent.ForkJoinTask$AdaptedRunnableAction",
                "sun.net.www.protocol.http.HttpURLConnection",
                "sun.net.www.protocol.https.HttpsURLConnectionImpl",
                "jdk.internal.net.http.HttpClientImpl",
                "com.alibaba.nacos.client.naming.NacosNamingService",
                "org.apache.http.protocol.HttpRequestExecutor",
                "org.apache.hc.core5.http.impl.io.HttpRequestExecutor",
                "okhttp3.OkHttpClient",
                "reactor.core.scheduler.Schedulers",
                "java.lang.Thread",
                "java.util.concurrent.ThreadPerTaskExecutor",
                "java.lang.ThreadBuilders$VirtualThreadBuilder",
                "org.springframework.core.task.SimpleAsyncTaskExecutor",
                "io.micrometer.core.instrument.Metrics",
                "org.springframework.web.server.adapter.HttpWebHandlerAdapter",
                "reactor.netty.channel.FluxReceive",
                "reactor.netty.http.client.HttpClientConnect$MonoHttpConnect",
                "reactor.netty.http.client.HttpClientOperations",
                "io.grpc.internal.ClientCallImpl",
                "io.grpc.internal.DelayedClientCall",
                "io.grpc.internal.ServerCallImpl",
                "io.grpc.internal.ServerImpl$ServerTransportListenerImpl",
                "io.grpc.internal.ServerCallImpl$ServerStreamListenerImpl",
                "org.apache.dubbo.rpc.protocol.AbstractInvoker",
                "org.apache.dubbo.rpc.proxy.AbstractProxyInvoker",
                "org.apache.dubbo.rpc.cluster.support.AbstractClusterInvoker",
                "org.apache.dubbo.config.ServiceConfig",
                "org.apache.dubbo.registry.client.metadata.ServiceInstanceMetadataUtils",
                "org.apache.dubbo.registry.nacos.NacosServiceDiscovery")) {
            try {
                classes.add(Class.forName(name, false, getClass().getClassLoader()));
            } catch (ClassNotFoundException notOnThisClassPath) {
                // the library is not on the test class path; the others still check its module
            }
        }
        int matched = 0;
        for (InstrumentationModule module : ServiceLoader.load(InstrumentationModule.class)) {
            for (TypeInstrumentation type : module.typeInstrumentations()) {
                CandidateIndex own = new CandidateIndex(Arrays.asList(type.candidates()));
                for (Class<?> candidate : classes) {
                    TypeDescription description = TypeDescription.ForLoadedType.of(candidate);
                    if (type.typeMatcher().matches(description) && declaresAdvisedMethod(type, description)) {
                        matched++;
                        assertThat(own.isCandidate(candidate))
                                .as(module.name() + " matches loaded " + candidate.getName())
                                .isTrue();
                        assertThat(own.isCandidate(internalName(candidate), classFile(candidate)))
                                .as(module.name() + " matches loading " + candidate.getName())
                                .isTrue();
                    }
                }
            }
        }
        assertThat(matched).as("matches among the sample classes").isGreaterThanOrEqualTo(12);
    }

    /** Whether the advice would change one of the class's own methods (it changes nothing else). */
    private static boolean declaresAdvisedMethod(TypeInstrumentation type, TypeDescription description) {
        final List<ElementMatcher<? super MethodDescription>> methods =
                new ArrayList<ElementMatcher<? super MethodDescription>>();
        type.transform(new TypeTransformer() {
            @Override
            public void applyAdvice(ElementMatcher<? super MethodDescription> matcher, String adviceClassName) {
                methods.add(matcher);
            }
        });
        try {
            for (MethodDescription method : description.getDeclaredMethods()) {
                for (ElementMatcher<? super MethodDescription> matcher : methods) {
                    if (matcher.matches(method)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (LinkageError signatureNotOnThisClassPath) {
            return true; // cannot tell here: the class must then be a candidate
        }
    }

    private static List<ClassCandidates> allCandidates() {
        List<ClassCandidates> all = new ArrayList<ClassCandidates>();
        for (InstrumentationModule module : ServiceLoader.load(InstrumentationModule.class)) {
            for (TypeInstrumentation type : module.typeInstrumentations()) {
                all.add(type.candidates());
            }
        }
        return all;
    }

    private static String internalName(Class<?> type) {
        return type.getName().replace('.', '/');
    }

    private static byte[] classFile(Class<?> type) throws IOException {
        String resource = internalName(type) + ".class";
        ClassLoader loader = type.getClassLoader() == null ? ClassLoader.getSystemClassLoader() : type.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int read; (read = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        }
    }
}
