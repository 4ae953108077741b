package dev.aviary.meshagent.springasync;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.bootstrap.LaneScope;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.SpringVersion;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * A plain Spring context with {@code @EnableAsync} (no Spring Boot) and two executors: {@code pooled}, a
 * {@code ThreadPoolTaskExecutor} with one worker (so every case shares it), and {@code simple}, a
 * {@code SimpleAsyncTaskExecutor} (a new thread per task; virtual threads with the argument {@code virtual},
 * Spring 6.1+ on Java 21+). Calls every {@link LaneProbe} method with {@code gray}, then {@code feature-x}, then
 * no lane current, and prints {@code result <case> <method> <lane seen>}. Uses the API common to Spring 5.3 and
 * 7.0.
 */
public final class AsyncLanesApplication {

    private static final String[] CASES = {"gray", "feature-x", "none"};

    static boolean virtual;

    @Configuration
    @EnableAsync
    public static class AsyncConfiguration {

        @Bean
        public ThreadPoolTaskExecutor pooled() {
            ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
            executor.setCorePoolSize(1);
            executor.setMaxPoolSize(1);
            executor.setThreadNamePrefix("pooled-");
            return executor;
        }

        @Bean
        public SimpleAsyncTaskExecutor simple() {
            SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("simple-");
            if (virtual) {
                executor.setVirtualThreads(true);
            }
            return executor;
        }

        @Bean
        public LaneProbe laneProbe() {
            return new LaneProbe();
        }
    }

    public static void main(String[] args) throws Exception {
        virtual = args.length > 0 && args[0].equals("virtual");
        System.out.println("spring " + SpringVersion.getVersion());
        try (AnnotationConfigApplicationContext context =
                new AnnotationConfigApplicationContext(AsyncConfiguration.class)) {
            LaneProbe probe = context.getBean(LaneProbe.class);
            for (String lane : CASES) {
                try (LaneScope scope = LaneContext.attach(lane.equals("none") ? null : lane)) {
                    report(lane, "pooledFuture", () -> probe.pooledFuture().get(10, TimeUnit.SECONDS));
                    report(lane, "pooledVoid", () -> {
                        BlockingQueue<String> seen = new ArrayBlockingQueue<>(1);
                        probe.pooledVoid(seen);
                        return seen.poll(10, TimeUnit.SECONDS);
                    });
                    report(
                            lane,
                            "pooledCompletable",
                            () -> probe.pooledCompletable().get(10, TimeUnit.SECONDS));
                    report(lane, "simpleFuture", () -> probe.simpleFuture().get(10, TimeUnit.SECONDS));
                    report(lane, "simpleVoid", () -> {
                        BlockingQueue<String> seen = new ArrayBlockingQueue<>(1);
                        probe.simpleVoid(seen);
                        return seen.poll(10, TimeUnit.SECONDS);
                    });
                    report(
                            lane,
                            "simpleCompletable",
                            () -> probe.simpleCompletable().get(10, TimeUnit.SECONDS));
                }
            }
        }
        System.out.println("async application ran");
    }

    private static void report(String lane, String method, Callable<String> call) throws Exception {
        System.out.println("result " + lane + " " + method + " " + call.call());
    }
}
