package dev.aviary.meshagent.reactor;

import dev.aviary.meshagent.bootstrap.LaneContext;
import dev.aviary.meshagent.bootstrap.LaneScope;
import java.time.Duration;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Subscribes to Reactor pipelines that move their work onto Reactor's schedulers, with the lane {@code gray},
 * then {@code feature-x}, then none current, and prints {@code result <case> <way> <lanes>}: the lanes the
 * scheduled work saw. The cases share the default schedulers, so the unlabelled case runs on worker threads
 * that served the lanes before it ({@code single()} has only one). Uses the API common to reactor-core 3.3
 * and 3.8.
 */
public final class ReactorLanesApplication {

    private static final String[] CASES = {"gray", "feature-x", "none"};

    public static void main(String[] args) throws Exception {
        try {
            for (String lane : CASES) {
                try (LaneScope scope = LaneContext.attach(lane.equals("none") ? null : lane)) {
                    report(
                            lane,
                            "subscribeOn-boundedElastic",
                            () -> Mono.fromCallable(ReactorLanesApplication::lane)
                                    .subscribeOn(Schedulers.boundedElastic())
                                    .block());
                    report(
                            lane,
                            "publishOn-parallel",
                            () -> Mono.just(1)
                                    .publishOn(Schedulers.parallel())
                                    .map(ignored -> lane())
                                    .block());
                    report(
                            lane,
                            "publishOn-single",
                            () -> Flux.range(1, 3)
                                    .publishOn(Schedulers.single())
                                    .map(ignored -> lane())
                                    .collect(TreeSet<String>::new, TreeSet::add)
                                    .map(String::valueOf)
                                    .block());
                    report(
                            lane,
                            "delayElement",
                            () -> Mono.just(1)
                                    .delayElement(Duration.ofMillis(5))
                                    .map(ignored -> lane())
                                    .block());
                    report(
                            lane,
                            "delayElements",
                            () -> Flux.range(1, 3)
                                    .delayElements(Duration.ofMillis(2))
                                    .map(ignored -> lane())
                                    .collect(TreeSet<String>::new, TreeSet::add)
                                    .map(String::valueOf)
                                    .block());
                }
            }
            System.out.println("reactor application ran");
        } catch (Throwable failure) {
            failure.printStackTrace(System.out);
        } finally {
            System.out.flush();
            // Reactor's worker threads are non-daemon in older versions; nothing needs an orderly shutdown.
            Runtime.getRuntime().halt(0);
        }
    }

    private static String lane() {
        return Objects.toString(LaneContext.current(), "none");
    }

    private static void report(String lane, String way, Callable<String> pipeline) throws Exception {
        System.out.println("result " + lane + " " + way + " " + pipeline.call().replace(" ", ""));
    }
}
