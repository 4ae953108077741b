package dev.aviary.meshagent.threads;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.bootstrap.LaneScope;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Hands work to virtual threads in every way Java 21+ offers, with the lane {@code gray}, then {@code feature-x},
 * then none current, and prints {@code result <case> <way> <lane seen>}. The tests compile for Java 17, so the
 * Java 21 API is called by reflection. A pool whose one worker is a virtual thread made by
 * {@code Thread.ofVirtual().factory()} is created during the {@code gray} case and reused by the later ones: its
 * worker must not keep {@code gray}. On a JVM without virtual threads it prints that and stops.
 */
public final class VirtualThreadsApplication {

    private static final String[] CASES = {"gray", "feature-x", "none"};

    private static Object builder() throws Exception {
        return Thread.class.getMethod("ofVirtual").invoke(null);
    }

    public static void main(String[] args) throws Exception {
        Method ofVirtual;
        try {
            ofVirtual = Thread.class.getMethod("ofVirtual");
        } catch (NoSuchMethodException beforeJava21) {
            System.out.println("no virtual threads on Java " + System.getProperty("java.specification.version"));
            return;
        }
        Class<?> builderType = Class.forName("java.lang.Thread$Builder");
        Method start = builderType.getMethod("start", Runnable.class);
        Method unstarted = builderType.getMethod("unstarted", Runnable.class);
        Method factory = builderType.getMethod("factory");
        Method startVirtualThread = Thread.class.getMethod("startVirtualThread", Runnable.class);
        Method isVirtual = Thread.class.getMethod("isVirtual");
        ExecutorService perTask = (ExecutorService)
                Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        ExecutorService platformPerTask = (ExecutorService) Executors.class
                .getMethod("newThreadPerTaskExecutor", ThreadFactory.class)
                .invoke(null, Executors.defaultThreadFactory());
        ThreadPoolExecutor virtualWorkers =
                new ThreadPoolExecutor(1, 1, 1, TimeUnit.HOURS, new LinkedBlockingQueue<>(), (ThreadFactory)
                        factory.invoke(ofVirtual.invoke(null)));

        for (String lane : CASES) {
            try (LaneScope scope = LaneContext.attach(lane.equals("none") ? null : lane)) {
                report(lane, "ofVirtual-start", () -> {
                    String[] seen = new String[1];
                    Thread thread = (Thread) start.invoke(builder(), (Runnable) () -> seen[0] = lane());
                    thread.join();
                    return seen[0] + (Boolean.TRUE.equals(isVirtual.invoke(thread)) ? "" : "(platform!)");
                });
                report(lane, "ofVirtual-unstarted", () -> {
                    String[] seen = new String[1];
                    Thread thread = (Thread) unstarted.invoke(builder(), (Runnable) () -> seen[0] = lane());
                    thread.start();
                    thread.join();
                    return seen[0];
                });
                report(lane, "startVirtualThread", () -> {
                    String[] seen = new String[1];
                    Thread thread = (Thread) startVirtualThread.invoke(null, (Runnable) () -> seen[0] = lane());
                    thread.join();
                    return seen[0];
                });
                report(lane, "nested-virtual", () -> {
                    CompletableFuture<String> inner = new CompletableFuture<>();
                    Thread outer = (Thread) startVirtualThread.invoke(null, (Runnable) () -> {
                        try {
                            Thread thread = (Thread) start.invoke(builder(), (Runnable) () -> inner.complete(lane()));
                            thread.join();
                        } catch (Exception failure) {
                            inner.completeExceptionally(failure);
                        }
                    });
                    outer.join();
                    return inner.get();
                });
                report(lane, "perTask-execute", () -> {
                    CompletableFuture<String> seen = new CompletableFuture<>();
                    perTask.execute(() -> seen.complete(lane()));
                    return seen.get();
                });
                report(
                        lane,
                        "perTask-submit-callable",
                        () -> perTask.submit(VirtualThreadsApplication::lane).get());
                report(lane, "perTask-submit-runnable", () -> {
                    String[] seen = new String[1];
                    perTask.submit(() -> {
                                seen[0] = lane();
                            })
                            .get();
                    return seen[0];
                });
                report(lane, "perTask-invokeAll", () -> {
                    TreeSet<String> seen = new TreeSet<>();
                    for (Future<String> done : perTask.invokeAll(List.<Callable<String>>of(
                            VirtualThreadsApplication::lane, VirtualThreadsApplication::lane))) {
                        seen.add(done.get());
                    }
                    return seen.toString();
                });
                report(lane, "perTask-invokeAny", () -> perTask.invokeAny(List.of(VirtualThreadsApplication::lane)));
                report(
                        lane,
                        "platformPerTask-submit",
                        () -> platformPerTask
                                .submit(VirtualThreadsApplication::lane)
                                .get());
                report(
                        lane,
                        "virtualWorkerPool-submit",
                        () -> virtualWorkers
                                .submit(VirtualThreadsApplication::lane)
                                .get());
            }
        }
        perTask.shutdown();
        platformPerTask.shutdown();
        virtualWorkers.shutdown();
        System.out.println("virtual threads application ran");
    }

    private static String lane() {
        return Objects.toString(LaneContext.current(), "none");
    }

    private static void report(String lane, String way, Callable<String> handOver) throws Exception {
        System.out.println("result " + lane + " " + way + " " + handOver.call().replace(" ", ""));
    }
}
